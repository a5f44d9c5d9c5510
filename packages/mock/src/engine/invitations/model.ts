// Placeholder: the invitations domain's state slice. Replaced by the domain's implementation.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InvitationsState {}

export function createInvitationsState(): InvitationsState {
  return {};
}
