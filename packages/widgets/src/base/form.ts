import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Problem } from './problems.js';

/**
 * The state of one form: what the user typed (kept through errors), the errors by field, the form's own
 * message, and whether it is being sent. Field names are the request body's property names.
 */
export class FormState {
  values: Record<string, string> = {};
  errors: Record<string, string> = {};
  message = '';
  busy = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  value(name: string): string {
    return this.values[name] ?? '';
  }

  set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name])
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([n]) => n !== name));
    this.host.requestUpdate();
  }

  reset(values: Record<string, string> = {}): void {
    this.values = values;
    this.errors = {};
    this.message = '';
    this.busy = false;
    this.host.requestUpdate();
  }

  /** Shows a failed request's messages; the typed values stay. */
  fail(problem: Problem | undefined): void {
    this.busy = false;
    if (problem) {
      this.errors = { ...problem.fields };
      this.message = problem.message;
    }
    this.host.requestUpdate();
  }

  /** Shows errors found before sending; true when there were none. */
  check(errors: Record<string, string | undefined>): boolean {
    this.errors = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => !!e[1]));
    this.message = '';
    this.host.requestUpdate();
    return Object.keys(this.errors).length === 0;
  }

  /** A one-line summary for the live region: the form's message, else the first field error. */
  get summary(): string {
    return this.message || Object.values(this.errors)[0] || '';
  }
}

export interface FieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'number' | 'textarea' | 'select';
  hint?: string | undefined;
  required?: boolean;
  maxlength?: number;
  min?: number;
  max?: number;
  readonly?: boolean;
  autocomplete?: string;
  options?: readonly { value: string; label: string }[];
}

/** A labelled control with its hint and its error, tied together for assistive technology. */
export function field(form: FormState, o: FieldOptions): TemplateResult {
  const id = `f-${o.name}`;
  const error = form.errors[o.name];
  const described = [o.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const onInput = (e: Event) => form.set(o.name, (e.target as HTMLInputElement).value);
  const common = {
    id,
    described,
    invalid: error ? 'true' : undefined,
  };
  const control =
    o.type === 'textarea'
      ? html`<textarea
          id=${common.id}
          name=${o.name}
          rows="3"
          maxlength=${ifDefined(o.maxlength)}
          ?readonly=${o.readonly}
          aria-describedby=${ifDefined(common.described)}
          aria-invalid=${ifDefined(common.invalid)}
          .value=${live(form.value(o.name))}
          @input=${onInput}
        ></textarea>`
      : o.type === 'select'
        ? html`<select
            id=${common.id}
            name=${o.name}
            ?required=${o.required}
            aria-describedby=${ifDefined(common.described)}
            aria-invalid=${ifDefined(common.invalid)}
            @change=${onInput}
          >
            ${(o.options ?? []).map(
              (opt) =>
                // The property, not the attribute: once the user has picked, a browser ignores `selected`
                // attributes, so a changed list of options would show another choice than the form holds.
                html`<option value=${opt.value} .selected=${live(opt.value === form.value(o.name))}>
                  ${opt.label}
                </option>`,
            )}
          </select>`
        : html`<input
            id=${common.id}
            name=${o.name}
            type=${o.type ?? 'text'}
            ?required=${o.required}
            ?readonly=${o.readonly}
            maxlength=${ifDefined(o.maxlength)}
            min=${ifDefined(o.min)}
            max=${ifDefined(o.max)}
            step=${ifDefined(o.type === 'number' ? 1 : undefined)}
            inputmode=${ifDefined(o.type === 'number' ? 'numeric' : undefined)}
            autocomplete=${o.autocomplete ?? 'off'}
            aria-describedby=${ifDefined(common.described)}
            aria-invalid=${ifDefined(common.invalid)}
            .value=${live(form.value(o.name))}
            @input=${onInput}
          />`;
  return html`<div class="field" part="field">
    <label for=${id}>${o.label}</label>
    ${control} ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** The form's own message (an error no field owns). */
export function formMessage(form: FormState): TemplateResult | typeof nothing {
  return form.message ? html`<p class="alert" part="form-error">${form.message}</p>` : nothing;
}

/** Parses a count of minutes typed by a user: a whole number from 1 to 1,000,000, else undefined. */
export function parseMinutes(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 1_000_000
    ? value
    : undefined;
}

/** Moves focus to the first field with an error, else to the form's message, after the next render. */
export async function focusFirstError(
  host: HTMLElement & { updateComplete: Promise<boolean> },
): Promise<void> {
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
