// Placeholder: the billing domain's state slice. Replaced by the domain's implementation.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BillingState {}

export function createBillingState(): BillingState {
  return {};
}
