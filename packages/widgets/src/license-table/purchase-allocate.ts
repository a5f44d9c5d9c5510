import { html, nothing } from 'lit';
import type { Body } from '@allot/sdk';
import { field } from '../base/form.js';
import { checkbox, parseCount } from './host.js';
import { centerLabel, MAX, type Quote } from './purchase-shared.js';
import type { PurchaseWizard } from './purchase-wizard.js';

// The allocation step of the purchase wizard: every line to one cost center, the selected lines, or one line
// split across centers; a center can be created inline, and the centers are searched by the server.

export async function allocate(
  w: PurchaseWizard,
  body: Body<'allocateLicenseQuote'>,
  fieldOf: Record<string, string> = {},
) {
  const quote = w.quote;
  if (!quote) return;
  const next = await w.call((c) => c.licenses.quotes.allocate(quote.id, body), fieldOf);
  if (!next) return;
  w.quote = next;
  w.split = '';
  w.host.say(w.host.t('allocate.done'), 'info');
}

export function onAssign(w: PurchaseWizard, selection: boolean) {
  const { t } = w.host;
  const costCenterId = w.form.value('cc');
  const ok = w.check({
    cc: costCenterId ? undefined : t('allocate.pickCenter'),
    selection: !selection || w.selection.size ? undefined : t('allocate.pickLines'),
  });
  if (!ok) return;
  void allocate(
    w,
    selection
      ? { mode: 'selection', costCenterId, productIds: [...w.selection] }
      : { mode: 'all', costCenterId },
  );
}

export function onSplit(w: PurchaseWizard, e: Event) {
  e.preventDefault();
  const { t } = w.host;
  const v = (name: string) => w.form.value(name);
  const errors: Record<string, string | undefined> = {};
  const parts = w.parts.map((k) => {
    const quantity = parseCount(v(`n${k}`), MAX) ?? 0;
    if (!v(`c${k}`)) errors[`c${k}`] = t('allocate.pickCenter');
    if (!quantity) errors[`n${k}`] = t('cart.quantityRange', { max: MAX });
    return { costCenterId: v(`c${k}`), quantity };
  });
  if (w.check(errors))
    void allocate(w, { mode: 'split', productId: w.split, parts }, { allocation_mismatch: 'split' });
}

export function startSplit(w: PurchaseWizard, line: Quote['lines'][number]) {
  const half = Math.ceil(line.quantity / 2);
  const parts =
    line.allocation.length > 1
      ? line.allocation
      : [
          { costCenterId: w.form.value('cc'), quantity: half },
          { costCenterId: '', quantity: line.quantity - half },
        ];
  const values: Record<string, string> = { ...w.form.values };
  // A center allocated earlier may not be among those found: its code labels it in the part's select.
  for (const a of line.allocation)
    if (!w.centers.labels.has(a.costCenterId)) w.centers.labels.set(a.costCenterId, a.costCenterCode);
  w.parts = parts.map((p) => {
    const k = w.next++;
    values[`c${k}`] = p.costCenterId;
    values[`n${k}`] = String(p.quantity);
    return k;
  });
  w.split = line.productId;
  w.form.reset(values);
}

export async function onCreate(w: PurchaseWizard) {
  const { t, i18n } = w.host;
  const body = { code: w.form.value('code').trim(), name: w.form.value('name').trim() };
  const ok = w.check({
    code: /^[\w.-]{1,32}$/.test(body.code) ? undefined : t('center.codeHint'),
    name: body.name ? undefined : i18n.t('field.required'),
  });
  if (!ok) return;
  const center = await w.call(
    (c) => c.costCenters.create(body, { idempotencyKey: w.keys.for('center', body) }),
    { cost_center_exists: 'code' },
  );
  if (!center) return;
  w.creating = false;
  w.centers.labels.set(center.id, centerLabel(center));
  w.rev++;
  w.host.store?.changed('costCenters');
  w.form.reset({ ...w.form.values, cc: center.id, code: '', name: '' });
  w.host.say(t('center.created', { code: center.code }));
}

export function allocation(w: PurchaseWizard, allocation: Quote['lines'][number]['allocation']): string {
  const { t, i18n } = w.host;
  return (
    allocation.map((a) => `${a.costCenterCode} (${i18n.number(a.quantity)})`).join(', ') || t('allocate.none')
  );
}

/** A cost-center select: the centers found, and the one it has chosen. */
export function centerField(w: PurchaseWizard, name: string, label: string) {
  return field(w.form, {
    name,
    label,
    type: 'select',
    options: w.centers.options(w.form.value(name)),
  });
}

export function renderAllocate(w: PurchaseWizard) {
  const { t } = w.host;
  const quote = w.quote;
  if (!quote) return nothing;
  const line = quote.lines.find((l) => l.productId === w.split);
  const error = w.form.errors['split'] || w.form.errors['selection'];
  return html`<div class="stack">
    <p class="muted">${t('allocate.hint')}</p>
    ${w.centers.render()} ${renderCenterChoice(w)} ${renderLines(w, quote)}
    ${line ? renderSplit(w, line) : nothing}
    ${error ? html`<p class="field-error" id="f-split-error" role="alert">${error}</p>` : nothing}
    <p class="muted small">${t(quote.allocationComplete ? 'allocate.complete' : 'allocate.incomplete')}</p>
    ${w.problem()} ${w.nav(t('wizard.next'), () => w.go('review'))}
  </div>`;
}

/** The cost center for every line or the selected ones, and creating one (for a role that may). */
function renderCenterChoice(w: PurchaseWizard) {
  const { host, form } = w;
  const { t } = host;
  const canCreate = host.can('cost_centers:manage');
  return html`<div class="row align-start">
      ${centerField(w, 'cc', t('allocate.center'))}
      <button
        type="button"
        part="button"
        class="push"
        aria-expanded=${w.creating}
        aria-disabled=${!canCreate}
        aria-describedby=${canCreate ? nothing : 'reason-center'}
        @click=${() => canCreate && ((w.creating = !w.creating), host.requestUpdate())}
      >
        ${t('center.new')}
      </button>
    </div>
    ${canCreate ? nothing : html`<p class="hint" id="reason-center">${t('reason.center')}</p>`}
    ${
      w.creating
        ? html`<fieldset class="inline-form stack" part="new-cost-center">
            <legend>${t('center.new')}</legend>
            <div class="row align-start">
              ${field(form, { name: 'code', label: t('center.code'), maxlength: 32, hint: t('center.codeHint') })}
              ${field(form, { name: 'name', label: t('center.name'), maxlength: 120 })}
            </div>
            <div class="actions">
              <button type="button" part="button" class="primary" @click=${() => onCreate(w)}>
                ${t('center.create')}
              </button>
            </div>
          </fieldset>`
        : nothing
    }`;
}

/** The cart's lines with their allocation: select some, or split one across centers. */
function renderLines(w: PurchaseWizard, quote: Quote) {
  const { host, form } = w;
  const { t, i18n } = host;
  return html`<table class="lines">
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">${t('allocate.select')}</span></th>
          <th scope="col">${t('cart.product')}</th>
          <th scope="col" class="num">${t('cart.quantity')}</th>
          <th scope="col">${t('allocate.centers')}</th>
          <th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${quote.lines.map(
          (l) =>
            html`<tr>
              <td>
                ${checkbox(
                  w.selection.has(l.productId),
                  (on) => (
                    on ? w.selection.add(l.productId) : w.selection.delete(l.productId),
                    form.set('selection', '')
                  ),
                  t('allocate.selectLine', { product: l.productName }),
                )}
              </td>
              <td>${l.productName}</td>
              <td class="num">${i18n.number(l.quantity)}</td>
              <td>${allocation(w, l.allocation)}</td>
              <td>
                <button type="button" class="link" part="button" @click=${() => startSplit(w, l)}>
                  ${t('allocate.split')}<span class="visually-hidden">: ${l.productName}</span>
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="row">
      <button type="button" part="button" @click=${() => onAssign(w, false)}>${t('allocate.all')}</button>
      <button type="button" part="button" @click=${() => onAssign(w, true)}>
        ${t('allocate.selection')}
      </button>
    </div>`;
}

/** One line split across cost centers: a center and a quantity per part, their sum against the line's. */
function renderSplit(w: PurchaseWizard, line: Quote['lines'][number]) {
  const { host, form } = w;
  const { t, i18n } = host;
  const sum = w.parts.reduce((s, k) => s + (Number(form.value(`n${k}`)) || 0), 0);
  return html`<form class="inline-form stack" part="split" novalidate @submit=${(e: Event) => onSplit(w, e)}>
    <h3>${t('allocate.splitTitle', { product: line.productName, count: line.quantity })}</h3>
    ${w.parts.map(
      (k, i) =>
        html`<div class="row align-start">
          ${centerField(w, `c${k}`, t('allocate.partCenter', { n: i + 1 }))}
          ${field(form, { name: `n${k}`, label: t('allocate.partQuantity', { n: i + 1 }), type: 'number', min: 1, max: MAX })}
          ${
            w.parts.length > 2
              ? html`<button type="button" class="link push" part="button" @click=${() => w.drop('parts', k)}>
                  ${t('cart.remove')}<span class="visually-hidden"
                    >: ${t('allocate.partCenter', { n: i + 1 })}</span
                  >
                </button>`
              : nothing
          }
        </div>`,
    )}
    <p class="small" aria-live="polite">${t('allocate.sum', { sum, count: line.quantity })}</p>
    <div class="row">
      <button
        type="button"
        part="button"
        ?disabled=${w.parts.length >= 20}
        @click=${() => w.add('parts', 'c', '', 'n', '')}
      >
        ${t('allocate.addPart')}
      </button>
      <span class="spacer"></span>
      <button type="button" part="button" @click=${() => ((w.split = ''), host.requestUpdate())}>
        ${i18n.t('action.cancel')}
      </button>
      <button type="submit" part="button" class="primary">${t('allocate.applySplit')}</button>
    </div>
  </form>`;
}
