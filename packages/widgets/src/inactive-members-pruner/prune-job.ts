import { html, nothing, type TemplateResult } from 'lit';
import type { Data } from '@allot/sdk';
import type { LocaleController } from '../base/i18n.js';

export type PruneJob = Data<'getPruneJob'>;
export type PrunePreview = Data<'createPrunePreview'>;

/** True once the job will not change any more. */
export function finished(job: PruneJob): boolean {
  return job.status === 'succeeded' || job.status === 'failed';
}

/** What changed between two previews, by name: who is now to be removed too, who no longer is. */
export function previewChanges(
  before: PrunePreview,
  after: PrunePreview,
): { added: string[]; gone: string[] } {
  const ids = (p: PrunePreview) => new Set(p.members.map((m) => m.id));
  const was = ids(before);
  const now = ids(after);
  return {
    added: after.members.filter((m) => !was.has(m.id)).map((m) => m.user.name),
    gone: before.members.filter((m) => !now.has(m.id)).map((m) => m.user.name),
  };
}

/** A running job as a progress bar; a finished one as who was removed and who was not (with the server's reason). */
export function renderJob(
  i18n: LocaleController,
  job: PruneJob,
  id: string,
  nameOf: (memberId: string) => string | undefined,
): TemplateResult {
  const t = i18n.t.bind(i18n);
  if (!finished(job)) {
    return html`<div class="job" part="job">
      <label for=${id}
        >${t('inactiveMembersPruner.progress', { processed: job.processed, total: job.total })}</label
      >
      <progress id=${id} part="progress" max="100" value=${job.progress}>${job.progress}%</progress>
    </div>`;
  }
  return html`<div class="job" part="job">
    ${
      job.status === 'failed'
        ? html`<p class="alert">${t('inactiveMembersPruner.jobFailed')}</p>`
        : job.removed.length
          ? html`<p>${t('inactiveMembersPruner.removedBody')}</p>`
          : nothing
    }
    ${
      job.removed.length
        ? html`<ul class="names" part="removed">
            ${job.removed.map((m) => html`<li>${m.name} <span class="muted">(${m.email})</span></li>`)}
          </ul>`
        : nothing
    }
    ${
      job.failed.length
        ? html`<p><strong>${t('inactiveMembersPruner.notRemoved', { count: job.failed.length })}</strong></p>
            <ul class="names" part="not-removed">
              ${job.failed.map((f) => html`<li>${nameOf(f.memberId) ?? f.memberId}: ${f.detail}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

/** Inactive members who are never removed, and why (the caller; super admins). */
export function renderExcluded(i18n: LocaleController, excluded: PrunePreview['excluded']): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<div class="excluded" part="excluded">
    <h4>${t('inactiveMembersPruner.excluded')}</h4>
    <ul>
      ${excluded.map(
        ({ member, reason }) =>
          html`<li>
            ${t('inactiveMembersPruner.excludedItem', {
              name: member.user.name,
              email: member.user.email,
              reason: t(`inactiveMembersPruner.reason.${reason}`),
            })}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The preview went stale: who was added and who is gone since, to check before confirming again. */
export function renderStale(
  i18n: LocaleController,
  stale: { added: string[]; gone: string[] },
): TemplateResult {
  const t = i18n.t.bind(i18n);
  const names = (list: string[]) => list.join(', ');
  return html`<div class="alert info">
    <p>${t('inactiveMembersPruner.stale')}</p>
    ${stale.added.length ? html`<p>${t('inactiveMembersPruner.staleAdded', { names: names(stale.added) })}</p>` : nothing}
    ${stale.gone.length ? html`<p>${t('inactiveMembersPruner.staleGone', { names: names(stale.gone) })}</p>` : nothing}
    ${stale.added.length || stale.gone.length ? nothing : html`<p>${t('inactiveMembersPruner.staleSame')}</p>`}
    <p>${t('inactiveMembersPruner.staleCheck')}</p>
  </div>`;
}
