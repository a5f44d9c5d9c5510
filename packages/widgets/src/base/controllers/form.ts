import type { ReactiveControllerHost } from 'lit';
import type { FormShape, Problem } from '../problems.js';
import type { Reporter } from './reporter.js';

/** How a sent form ended: its result, or the problem now shown on it (undefined for an aborted call). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem | undefined };

/** A widget, or a part of one that renders into its shadow root. */
export type FormHost = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/** Places a problem more precisely (by changing its `fields` and `message`) before the form shows it. */
export type Refine = (problem: Problem, error: unknown) => void;

/**
 * One form: what the user typed (kept through every error), the errors by field, the form's own message and
 * whether it is being sent. Field names are the request body's property names, so a server's `errors[]` lands
 * on the field it points at. A failure is said in the live region and the first bad field gets focus.
 */
export class FormController {
  values: Record<string, string> = {};
  errors: Record<string, string> = {};
  message = '';
  busy = false;
  readonly #host: FormHost;
  readonly #reporter: Reporter;

  constructor(host: FormHost, reporter: Reporter) {
    this.#host = host;
    this.#reporter = reporter;
  }

  value(name: string): string {
    return this.values[name] ?? '';
  }

  set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name])
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([n]) => n !== name));
    this.#host.requestUpdate();
  }

  reset(values: Record<string, string> = {}): void {
    this.values = values;
    this.errors = {};
    this.message = '';
    this.busy = false;
    this.#host.requestUpdate();
  }

  /**
   * Checks before sending: shows the errors found (said, first one focused) and returns true when there were
   * none.
   */
  check(errors: Record<string, string | undefined>): boolean {
    this.errors = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => !!e[1]));
    this.message = '';
    this.#host.requestUpdate();
    const valid = Object.keys(this.errors).length === 0;
    if (!valid) this.#said();
    return valid;
  }

  /**
   * Sends: busy meanwhile (a second submit is ignored), then the result, or the problem shown on the form.
   * `refine` may place a problem more precisely before it is shown (an error about one item of a list).
   */
  async submit<T>(action: () => Promise<T>, shape?: FormShape, refine?: Refine): Promise<Outcome<T>> {
    if (this.busy) return { ok: false, problem: undefined };
    this.busy = true;
    this.message = '';
    this.#host.requestUpdate();
    try {
      const value = await action();
      this.busy = false;
      this.#host.requestUpdate();
      return { ok: true, value };
    } catch (error) {
      return { ok: false, problem: this.fail(error, shape, refine) };
    }
  }

  /** Shows a failed call on the form (by field where it concerns one), says it and focuses the first bad field. */
  fail(error: unknown, shape?: FormShape, refine?: Refine): Problem | undefined {
    this.busy = false;
    const problem = this.#reporter.problem(error, shape);
    if (problem) refine?.(problem, error);
    if (problem) {
      this.errors = { ...problem.fields };
      this.message = problem.message;
    }
    this.#host.requestUpdate();
    if (problem) this.#said();
    return problem;
  }

  /** A one-line summary for the live region: the form's message, else the first field error. */
  get summary(): string {
    return this.message || Object.values(this.errors)[0] || '';
  }

  #said() {
    void this.#reporter.announce(this.summary, 'error');
    void this.#focusFirstError();
  }

  async #focusFirstError() {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
