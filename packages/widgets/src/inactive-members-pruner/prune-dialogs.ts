import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Data, Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import type { DialogController } from '../base/controllers/dialog.js';
import { FormController } from '../base/controllers/form.js';
import { sleep } from '../base/controllers/sleep.js';
import { formActions, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import type { AllotStore } from '../base/store.js';
import type { TeamArchivedDetail } from '../events/inactive-members-pruner.js';
import { pruneDialogsStrings } from '../locales/parts.js';
import { renderUnitsChange } from './billed-units.js';

export { dialogStyles } from './prune-dialogs.styles.js';
/** The words only the dialogs show, loaded with them. */
export const strings = [pruneDialogsStrings];
import {
  finished,
  previewChanges,
  renderExcluded,
  renderJob,
  renderStale,
  type PruneJob,
  type PrunePreview,
} from './prune-job.js';

type Team = Item<'listTeams'>;
type ArchiveResult = Data<'archiveTeam'>;
export type TeamAction = 'archive' | 'unarchive';

/** What the dialog shows: a team's archive or unarchive, the removal's confirmation, or the removal job. */
export type Panel =
  | { kind: 'team'; team: Team; action: TeamAction; result: ArchiveResult }
  | { kind: 'prune'; preview: PrunePreview; stale?: { added: string[]; gone: string[] } }
  | { kind: 'job' };

/** What the dialogs need from the widget beyond its API. */
export interface PrunerView {
  /** Milliseconds between two looks at a removal's progress. */
  pollInterval(): number;
  /** The date of the next bill, to say when unchanged units apply. */
  nextBillingDate(): string | undefined;
  /** The widget's dialog. */
  dialog: DialogController<Panel>;
}

/** Names listed in the confirmation before "and N more". */
const LISTED = 50;

/**
 * The dialogs of `<inactive-members-pruner>`, loaded the first time one opens: archive or unarchive a team
 * (billed units before and after, from which date), remove the inactive members (who, who is kept and why,
 * that they lose access at once, an explicit confirmation), the removal job's progress and result, and a new
 * preview that says what changed when the first one went stale.
 */
export class PrunerDialogs {
  /** The last removal job (also shown inline while it runs with the dialog closed). */
  job: PruneJob | undefined;
  readonly #api: WidgetApi;
  readonly #view: PrunerView;
  readonly form: FormController;
  readonly #keys = new IdempotencyKeys();
  #confirmed = false;
  /** Members of the preview the admin unticked: the removal keeps them. */
  #kept = new Set<string>();
  #jobNames = new Map<string, string>();
  #pollError = false;
  #polling: AbortController | undefined;

  constructor(api: WidgetApi, view: PrunerView) {
    this.#api = api;
    this.#view = view;
    this.form = new FormController(api.host, api);
  }

  /** The dialog's content, or undefined when it is closed. */
  get panel(): Panel | undefined {
    return this.#view.dialog.panel;
  }

  /** Asks the API what archiving (or unarchiving) the team would change, then shows it. */
  async previewTeam(store: AllotStore, team: Team, action: TeamAction): Promise<void> {
    const result = await store.client.workspace.teams[action](team.id, { dryRun: true });
    this.#open({ kind: 'team', team, action, result });
  }

  /** Makes a preview of the removal, then asks to confirm it. */
  async previewPrune(store: AllotStore): Promise<void> {
    const preview = await store.client.members.previewPrune({});
    this.#keys.clear();
    this.#kept.clear();
    this.#open({ kind: 'prune', preview });
  }

  #open(panel: Panel) {
    this.#confirmed = false;
    this.form.reset();
    this.#view.dialog.open(panel);
  }

  /** The dialog closed (Escape, Close, done): forget what was typed. */
  closed(): void {
    this.form.reset();
  }

  disconnect(): void {
    this.#polling?.abort();
  }

  /** Moves focus to the dialog's title, after its content changed from one step to the next. */
  #focusTitle() {
    const host = this.#api.host;
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus());
  }

  #onTeamConfirm = async (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    const store = this.#api.store;
    if (panel?.kind !== 'team' || !store) return;
    const outcome = await this.form.submit(() =>
      store.client.workspace.teams[panel.action](panel.team.id, { dryRun: false }),
    );
    if (!outcome.ok) return;
    const { team, billing, effectiveFrom } = outcome.value;
    store.changed('workspace');
    const detail: TeamArchivedDetail = {
      teamId: team.id,
      name: team.name,
      billedUnits: billing,
      effectiveFrom,
    };
    this.#api.emit(panel.action === 'archive' ? 'allot-team-archived' : 'allot-team-unarchived', detail);
    this.#view.dialog.close();
    const i18n = this.#api.i18n;
    void this.#api.announce(
      i18n.t(`inactiveMembersPruner.${panel.action}d.done`, {
        name: team.name,
        date: i18n.day(effectiveFrom),
        count: billing.after.nextMonth,
      }),
    );
  };

  #onPruneConfirm = async (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    const store = this.#api.store;
    if (panel?.kind !== 'prune' || !store) return;
    if (this.#removing(panel.preview) === 0) {
      this.form.check({ confirm: this.#api.i18n.t('inactiveMembersPruner.noneChosen') });
      return;
    }
    // The server owns the rule: an unticked box is sent as it is and refused with `confirmation_required`.
    const kept = [...this.#kept];
    const body = {
      previewVersion: panel.preview.previewVersion,
      confirm: this.#confirmed,
      ...(kept.length ? { keepMemberIds: kept } : {}),
    };
    const outcome = await this.form.submit(
      () => store.client.members.prune(body, { idempotencyKey: this.#keys.for('prune', body) }),
      { fieldOf: { confirmation_required: 'confirm' } },
    );
    if (!outcome.ok) {
      if (outcome.problem?.code === 'stale_preview' && this.panel === panel)
        void this.#refreshPreview(store, panel.preview);
      return;
    }
    this.#jobNames = new Map(panel.preview.members.map((m) => [m.id, m.user.name]));
    this.#kept.clear();
    void this.#track(store, outcome.value);
    // Closed meanwhile: the job shows inline in the widget, the dialog stays closed.
    if (this.panel !== panel) return;
    this.#view.dialog.open({ kind: 'job' });
    this.#focusTitle();
  };

  /** The preview went stale: make a new one and say what changed, so the user confirms what will really happen. */
  async #refreshPreview(store: AllotStore, old: PrunePreview) {
    try {
      const preview = await store.client.members.previewPrune({});
      // The admin's choices stay: those kept and still in the new preview are kept again.
      const still = new Set(preview.members.map((m) => m.id));
      for (const id of this.#kept) if (!still.has(id)) this.#kept.delete(id);
      this.#open({ kind: 'prune', preview, stale: previewChanges(old, preview) });
      store.changed('workspace');
      const t = this.#api.i18n.t.bind(this.#api.i18n);
      // The dialog shows it in full; the live region only says it.
      void this.#api.announce(
        `${t('inactiveMembersPruner.stale')} ${t('inactiveMembersPruner.staleCheck')}`,
        'error',
      );
      this.#focusTitle();
    } catch (error) {
      this.form.fail(error);
    }
  }

  /** Follows a removal job until it ends, then refreshes every widget that shows members. */
  async #track(store: AllotStore, job: PruneJob) {
    this.#polling?.abort();
    const polling = new AbortController();
    this.#polling = polling;
    this.job = job;
    this.#pollError = false;
    const host = this.#api.host;
    host.requestUpdate();
    try {
      while (!finished(job)) {
        await sleep(this.#view.pollInterval(), polling.signal);
        job = await store.client.members.pruneJob(job.id, { signal: polling.signal });
        this.job = job;
        host.requestUpdate();
      }
    } catch (error) {
      if (polling.signal.aborted) return;
      this.#pollError = true;
      this.#api.problem(error);
      void this.#api.announce(this.#api.i18n.t('inactiveMembersPruner.pollFailed'), 'error');
      host.requestUpdate();
      return;
    }
    // The removed members' seats went back to the pool: the license table of the page reads them again too.
    store.changed('workspace', 'licenses');
    this.#api.emit('allot-members-pruned', { jobId: job.id, removed: job.removed, failed: job.failed });
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    void this.#api.announce(
      [
        `${t('inactiveMembersPruner.removed', { count: job.removed.length })}.`,
        job.failed.length ? `${t('inactiveMembersPruner.notRemoved', { count: job.failed.length })}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  // ——— render ———

  /** A running job's progress, shown in the widget once the dialog is closed. */
  renderInlineJob(): TemplateResult | typeof nothing {
    const job = this.job;
    return job && !finished(job) && !this.panel
      ? renderJob(this.#api.i18n, job, 'job-inline', (id) => this.#jobNames.get(id))
      : nothing;
  }

  /** The dialog's content. */
  render(): TemplateResult | typeof nothing {
    const panel = this.panel;
    return panel?.kind === 'team'
      ? this.#renderTeamConfirm(panel)
      : panel?.kind === 'prune'
        ? this.#renderPruneConfirm(panel)
        : panel?.kind === 'job'
          ? this.#renderJobPanel()
          : nothing;
  }

  #actions(submit: string): TemplateResult {
    return formActions(this.form, this.#api.i18n, {
      submit,
      tone: 'danger',
      cancel: () => this.#view.dialog.close(),
    });
  }

  #renderTeamConfirm({ team, action, result }: Extract<Panel, { kind: 'team' }>) {
    const i18n = this.#api.i18n;
    const t = i18n.t.bind(i18n);
    return html`<form @submit=${this.#onTeamConfirm} novalidate>
      <h2 id="dialog-title" tabindex="-1">
        ${t(`inactiveMembersPruner.${action}Title`, { name: team.name })}
      </h2>
      <p>${t(`inactiveMembersPruner.${action}Body`, { date: i18n.day(result.effectiveFrom) })}</p>
      ${renderUnitsChange(i18n, result.billing, result.effectiveFrom)}
      ${renderMembersChanging(i18n, action, result.membersChanging)} ${formMessage(this.form)}
      ${this.#actions(t(`inactiveMembersPruner.${action}Confirm`))}
    </form>`;
  }

  /** How many members of the preview the removal takes out: all but those the admin unticked. */
  #removing(preview: PrunePreview): number {
    return preview.count - this.#kept.size;
  }

  #renderPruneConfirm({ preview, stale }: Extract<Panel, { kind: 'prune' }>) {
    const i18n = this.#api.i18n;
    const t = i18n.t.bind(i18n);
    const count = this.#removing(preview);
    const { before, after } = preview.billing;
    const next = this.#view.nextBillingDate();
    const unchanged = before.current === after.current && before.nextMonth === after.nextMonth;
    const error = this.form.errors['confirm'];
    return html`<form @submit=${this.#onPruneConfirm} novalidate>
      <h2 id="dialog-title" tabindex="-1">${t('inactiveMembersPruner.removeTitle', { count })}</h2>
      ${stale ? renderStale(i18n, stale) : nothing}
      <p><strong>${t('inactiveMembersPruner.removeBody')}</strong></p>
      ${
        unchanged
          ? html`<p class="muted">
              ${t('inactiveMembersPruner.removeUnits', {
                now: before.current,
                next: before.nextMonth,
                date: next ? i18n.day(next) : '',
              })}
            </p>`
          : renderUnitsChange(i18n, preview.billing, next ?? preview.generatedAt)
      }
      ${renderPick(i18n, preview, LISTED, {
        kept: this.#kept,
        toggle: (id, removed) => {
          if (removed) this.#kept.delete(id);
          else this.#kept.add(id);
          this.form.set('confirm', String(this.#confirmed));
          this.#api.host.requestUpdate();
        },
      })}
      ${preview.excluded.length ? renderExcluded(i18n, preview.excluded) : nothing}
      <div class="field" part="field">
        <div class="check">
          <input
            type="checkbox"
            id="f-confirm"
            .checked=${live(this.#confirmed)}
            aria-invalid=${ifDefined(error ? 'true' : undefined)}
            aria-describedby=${ifDefined(error ? 'f-confirm-error' : undefined)}
            @change=${(e: Event) => {
              this.#confirmed = (e.target as HTMLInputElement).checked;
              this.form.set('confirm', String(this.#confirmed));
            }}
          />
          <label for="f-confirm">${t('inactiveMembersPruner.understand', { count })}</label>
        </div>
        ${error ? html`<p class="field-error" id="f-confirm-error">${error}</p>` : nothing}
      </div>
      ${formMessage(this.form)} ${this.#actions(t('inactiveMembersPruner.removeConfirm', { count }))}
    </form>`;
  }

  #renderJobPanel() {
    const i18n = this.#api.i18n;
    const t = i18n.t.bind(i18n);
    const job = this.job;
    const store = this.#api.store;
    if (!job) return nothing;
    const done = finished(job);
    return html`<div class="stack">
      <h2 id="dialog-title" tabindex="-1">
        ${
          done
            ? t('inactiveMembersPruner.removed', { count: job.removed.length })
            : t('inactiveMembersPruner.removing')
        }
      </h2>
      ${renderJob(i18n, job, 'job-progress', (id) => this.#jobNames.get(id))}
      ${
        this.#pollError && store
          ? html`<p class="alert">${t('inactiveMembersPruner.pollFailed')}</p>
              <button type="button" part="button" @click=${() => void this.#track(store, job)}>
                ${t('inactiveMembersPruner.checkAgain')}
              </button>`
          : nothing
      }
      ${
        done
          ? html`<div class="actions">
              <button type="button" part="button" class="primary" @click=${() => this.#view.dialog.close()}>
                ${t('inactiveMembersPruner.done')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

/** The admin's choice of who stays: each listed member has a box, ticked while they are to be removed. */
interface KeepChoice {
  kept: ReadonlySet<string>;
  toggle(memberId: string, removed: boolean): void;
}

/**
 * Who the team's change makes inactive (archiving: they can then be removed) or active again, by name, before
 * the admin confirms; the first `LISTED`, then how many more.
 */
function renderMembersChanging(
  i18n: WidgetApi['i18n'],
  action: TeamAction,
  members: ArchiveResult['membersChanging'],
): TemplateResult {
  const t = i18n.t.bind(i18n);
  if (members.length === 0)
    return html`<p class="muted" part="members-changing">
      ${t(`inactiveMembersPruner.${action}NoMembers`)}
    </p>`;
  return html`<div part="members-changing">
    <h3 id="changing-title">${t(`inactiveMembersPruner.${action}Members`, { count: members.length })}</h3>
    <ul class="names" aria-labelledby="changing-title">
      ${members
        .slice(0, LISTED)
        .map((user) => html`<li>${user.name} <span class="muted">(${user.email})</span></li>`)}
    </ul>
    ${
      members.length > LISTED
        ? html`<p class="muted">${t('inactiveMembersPruner.andMore', { count: members.length - LISTED })}</p>`
        : nothing
    }
  </div>`;
}

/** What one member of the removal holds, and so frees: licenses back to the pool, queues left. */
function renderHoldings(
  i18n: WidgetApi['i18n'],
  held: PrunePreview['holdings'][number] | undefined,
): TemplateResult | typeof nothing {
  if (!held) return nothing;
  const t = i18n.t.bind(i18n);
  return html`<ul class="holdings muted" part="holdings">
    ${
      held.licenses.length
        ? html`<li>
            ${t('inactiveMembersPruner.holdsLicenses', { products: i18n.list(held.licenses.map((l) => l.productName)) })}
          </li>`
        : nothing
    }
    ${
      held.queues.length
        ? html`<li>
            ${t('inactiveMembersPruner.leavesQueues', { queues: i18n.list(held.queues.map((q) => q.queueName)) })}
          </li>`
        : nothing
    }
  </ul>`;
}

/** Who the removal takes out, one box per member (the first `listed`), and how many the admin keeps. */
function renderPick(
  i18n: WidgetApi['i18n'],
  preview: PrunePreview,
  listed: number,
  choice: KeepChoice,
): TemplateResult {
  const t = i18n.t.bind(i18n);
  const kept = choice.kept.size;
  const holdings = new Map(preview.holdings.map((h) => [h.memberId, h]));
  return html`<div>
    <h3 id="who-title">${t('inactiveMembersPruner.who')}</h3>
    <p class="muted" id="who-hint">${t('inactiveMembersPruner.keepHint')}</p>
    ${holdings.size ? html`<p class="muted">${t('inactiveMembersPruner.holdingsNote')}</p>` : nothing}
    <ul class="names pick" part="removed" aria-labelledby="who-title">
      ${preview.members.slice(0, listed).map(
        (m) =>
          html`<li>
            <label class="check">
              <input
                type="checkbox"
                .checked=${!choice.kept.has(m.id)}
                aria-describedby="who-hint"
                @change=${(e: Event) => choice.toggle(m.id, (e.target as HTMLInputElement).checked)}
              />
              <span>${m.user.name} <span class="muted">(${m.user.email})</span></span>
            </label>
            ${renderHoldings(i18n, holdings.get(m.id))}
          </li>`,
      )}
    </ul>
    ${
      preview.count > listed
        ? html`<p class="muted">${t('inactiveMembersPruner.andMore', { count: preview.count - listed })}</p>`
        : nothing
    }
    ${kept ? html`<p part="kept" role="status">${t('inactiveMembersPruner.keptCount', { count: kept })}</p>` : nothing}
  </div>`;
}
