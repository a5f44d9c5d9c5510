// Placeholder: the workspace domain's state slice. Replaced by the domain's implementation.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WorkspaceState {}

export function createWorkspaceState(): WorkspaceState {
  return {};
}
