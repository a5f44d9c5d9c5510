import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormController } from './controllers/form.js';
import type { LocaleController } from './i18n.js';

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
export function field(form: FormController, o: FieldOptions): TemplateResult {
  const id = `f-${o.name}`;
  const error = form.errors[o.name];
  const described = [o.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common: Common = { id, described, invalid: error ? 'true' : undefined };
  return html`<div class="field" part="field">
    <label for=${id}>${o.label}</label>
    ${control(form, o, common)} ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** What ties a control to its label, hint and error. */
interface Common {
  id: string;
  described: string | undefined;
  invalid: 'true' | undefined;
}

/** The control of a field: a text area, a select, or an input of the field's type. */
function control(form: FormController, o: FieldOptions, common: Common): TemplateResult {
  const onInput = (e: Event) => form.set(o.name, (e.target as HTMLInputElement).value);
  return o.type === 'textarea'
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
}

/** The form's own message (an error no field owns). */
export function formMessage(form: FormController): TemplateResult | typeof nothing {
  return form.message ? html`<p class="alert" part="form-error">${form.message}</p>` : nothing;
}

/** Parses a count of minutes typed by a user: a whole number from 1 to 1,000,000, else undefined. */
export function parseMinutes(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 1_000_000
    ? value
    : undefined;
}

/** What a dialog form's buttons say and do. */
export interface ActionsOptions {
  /** The main button's label (it says "Working…" while the form is busy). */
  submit: string;
  /** The other button: "Cancel" by default, or "Back" / "Keep …" with `cancelLabel`. */
  cancel: () => void;
  cancelLabel?: string;
  tone?: 'primary' | 'danger';
  /** The main button is shown but does nothing (the role may not, or nothing to send). */
  disabled?: boolean;
}

/** The buttons of a dialog form: cancel, and submit, busy while the form is sent. */
export function formActions(form: FormController, i18n: LocaleController, o: ActionsOptions): TemplateResult {
  return html`<div class="actions">
    <button type="button" part="button" @click=${o.cancel}>
      ${o.cancelLabel ?? i18n.t('action.cancel')}
    </button>
    <button
      type="submit"
      part="button"
      class=${o.tone ?? 'primary'}
      aria-disabled=${form.busy || !!o.disabled}
    >
      ${form.busy ? i18n.t('action.working') : o.submit}
    </button>
  </div>`;
}
