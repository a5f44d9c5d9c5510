import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '../problems.js';
import type { Reporter } from './reporter.js';

/**
 * The one-click actions of a list's rows (accept, resend, revoke, unarchive, …): which row is busy, the error
 * shown by each row, the outcome said in the live region. A row's error goes when it is tried again.
 */
export class ActionController {
  readonly #host: ReactiveControllerHost;
  readonly #reporter: Reporter;
  readonly #errors = new Map<string, string>();
  readonly #busy = new Set<string>();

  constructor(host: ReactiveControllerHost, reporter: Reporter) {
    this.#host = host;
    this.#reporter = reporter;
  }

  /** The error shown by a row, if its last action failed. */
  error(key: string): string | undefined {
    return this.#errors.get(key);
  }

  busy(key: string): boolean {
    return this.#busy.has(key);
  }

  /**
   * Runs a row's action unless that row is busy. `action` returns what to say on success (nothing: say nothing);
   * `failed` sees the problem shown on the row. Resolves true when it succeeded.
   */
  async run(
    key: string,
    action: () => Promise<string | undefined>,
    failed?: (problem: Problem) => void,
  ): Promise<boolean> {
    if (this.#busy.has(key)) return false;
    this.#busy.add(key);
    this.#errors.delete(key);
    this.#host.requestUpdate();
    try {
      const message = await action();
      if (message) void this.#reporter.announce(message);
      return true;
    } catch (error) {
      const problem = this.#reporter.problem(error);
      if (problem) {
        this.#errors.set(key, problem.message);
        void this.#reporter.announce(problem.message, 'error');
        failed?.(problem);
      }
      return false;
    } finally {
      this.#busy.delete(key);
      this.#host.requestUpdate();
    }
  }
}
