// Placeholder: the licenses domain's state slice. Replaced by the domain's implementation.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LicensesState {}

export function createLicensesState(): LicensesState {
  return {};
}
