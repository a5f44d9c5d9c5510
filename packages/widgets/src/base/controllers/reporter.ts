import type { FormShape, Problem } from '../problems.js';

/** How a controller reports to its widget: a failed call as a localised problem (and an `allot-error` event), an outcome in the live region. */
export interface Reporter {
  problem(error: unknown, shape?: FormShape): Problem | undefined;
  announce(message: string, tone?: 'success' | 'info' | 'error'): unknown;
}
