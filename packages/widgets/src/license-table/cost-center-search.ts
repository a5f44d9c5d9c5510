import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { sleep } from '../base/controllers/sleep.js';
import { isAbort, toProblem } from '../base/problems.js';
import type { Host } from './host.js';
import { CENTERS, centerLabel, type Found } from './purchase-shared.js';

/**
 * Finding a cost center among any number of them, for a dialog's selects: a search box whose words the server
 * matches (the first 100 centers without one), what it found said once in, and the labels of every center seen,
 * so a chosen center keeps its label when a later search no longer finds it. The purchase's allocation and the
 * selection's change of cost center both pick centers through one of these.
 */
export class CostCenterSearch {
  /** What the user typed; `found` keeps the last answer while the next one loads or fails. */
  query = '';
  found: Found | undefined;
  error = '';
  #tries = 0;
  readonly labels = new Map<string, string>();

  /** Searches while `shown()`; a change of `rev()` (a center created) searches again. */
  constructor(
    private readonly host: Host,
    shown: () => boolean,
    rev: () => number = () => 0,
  ) {
    new Task(host, {
      args: () => [host.store, shown(), rev(), this.query.trim(), this.#tries] as const,
      task: async ([store, open, , q], { signal }): Promise<Found | undefined> => {
        if (!store || !open) return undefined;
        if (q) await sleep(300, signal);
        // The same reads as the table's cost-center filter, so they share their answers.
        const page = await store.read(
          `cost-centers:${q}`,
          ['costCenters'],
          () => store.client.costCenters.list(q ? { q, limit: CENTERS } : { limit: CENTERS }),
          signal,
        );
        return { q, page };
      },
      onComplete: (found) => found && this.#onFound(found),
      onError: (error) => this.#onError(error),
    });
  }

  /** Forgets what was typed and the last error (the labels stay: they are the centers' names). */
  reset(): void {
    this.query = this.error = '';
  }

  #onFound(found: Found) {
    this.found = found;
    this.error = '';
    for (const c of found.page.items) this.labels.set(c.id, centerLabel(c));
  }

  /** A failed search keeps what was typed, chosen and found; its message shows by the search box. */
  #onError(error: unknown) {
    if (isAbort(error)) return;
    const { host } = this;
    const { code, status, message, fields } = toProblem(error, host.i18n);
    this.error = message || Object.values(fields).join(' ');
    host.emit('allot-error', { code, message: this.error, ...(status !== undefined && { status }) });
    host.say(this.error, 'error');
  }

  /** What the search found, said once its answer is in: nothing, the count, or that there are more. */
  status(): string {
    const { t } = this.host;
    const q = this.query.trim();
    const found = this.found;
    if (!found || found.q !== q) return '';
    const { items, nextCursor } = found.page;
    if (!items.length && q) return t('allocate.noMatch', { query: q });
    if (nextCursor) return t('allocate.more', { count: items.length });
    return q ? t('allocate.found', { count: items.length }) : '';
  }

  /** The search box, with what it found and, after a failure, the error and a way to try again. */
  render(): TemplateResult {
    const { host, error } = this;
    return html`<div class="field">
      <label for="cc-find">${host.t('allocate.find')}</label>
      <input
        id="cc-find"
        type="search"
        autocomplete="off"
        maxlength="100"
        aria-describedby=${error ? 'cc-find-status cc-find-error' : 'cc-find-status'}
        .value=${live(this.query)}
        @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), host.requestUpdate())}
      />
      <p class="hint" id="cc-find-status" aria-live="polite">${this.status()}</p>
      ${
        error
          ? html`<p class="field-error" id="cc-find-error">
              ${error}
              <button
                type="button"
                class="link"
                part="button"
                @click=${() => (this.#tries++, host.requestUpdate())}
              >
                ${host.i18n.t('action.retry')}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  /** A select's options: the centers found, and the one it has chosen when the search no longer finds it. */
  options(chosen: string): { value: string; label: string }[] {
    const found = this.found?.page.items ?? [];
    const kept =
      chosen && !found.some((c) => c.id === chosen)
        ? [{ value: chosen, label: this.labels.get(chosen) ?? chosen }]
        : [];
    return [
      { value: '', label: this.host.t('allocate.choose') },
      ...kept,
      ...found.map((c) => ({ value: c.id, label: centerLabel(c) })),
    ];
  }
}
