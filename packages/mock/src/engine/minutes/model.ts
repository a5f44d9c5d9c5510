// Placeholder: the minutes domain's state slice. Replaced by the domain's implementation.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MinutesState {}

export function createMinutesState(): MinutesState {
  return {};
}
