import type { State } from './state.js';

/** Deterministic ids: the same scenario and the same calls give the same ids. */
export function nextId(state: State, prefix: string): string {
  state.seq += 1;
  return `${prefix}_${state.seq.toString(36).padStart(4, '0')}`;
}
