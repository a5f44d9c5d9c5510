import { html, nothing } from 'lit';
import { checkbox, type Key } from './host.js';
import { allocation } from './purchase-allocate.js';
import type { Order, Quote } from './purchase-shared.js';
import type { PurchaseWizard } from './purchase-wizard.js';

// The review and statement steps of the purchase wizard: the totals, the terms to accept, the printable statement.

export async function onConfirm(w: PurchaseWizard, e: Event) {
  e.preventDefault();
  const { host } = w;
  const quote = w.quote;
  const body = { acceptTerms: w.accept };
  if (!quote) return;
  // The server checks the box (terms_not_accepted); its message shows by the box.
  const order = await w.call(
    (c) => c.licenses.quotes.confirm(quote.id, body, { idempotencyKey: w.keys.for(quote.id, body) }),
    { terms_not_accepted: 'acceptTerms' },
  );
  if (!order) return;
  w.order = order;
  host.emit('allot-licenses-purchased', {
    orderId: order.id,
    orderNumber: order.number,
    lines: order.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
    total: order.total,
  });
  host.changed();
  host.say(
    host.t('review.done', {
      count: order.lines.reduce((s, l) => s + l.licensesCreated, 0),
      total: host.i18n.money(order.total),
    }),
  );
  w.go('statement');
}

/** A tax rate in hundredths of a percent (the contract's `taxRate`) as the language writes a percentage. */
function percent(w: PurchaseWizard, rate: number): string {
  const format = new Intl.NumberFormat(w.host.i18n.locale, { style: 'percent', maximumFractionDigits: 2 });
  return format.format(rate / 10_000);
}

/**
 * The lines, what confirming charges today (prorated until the next billing date, with the tax rate), and what
 * recurs per billing period from that date: a monthly and a yearly product are two charges, never one sum.
 */
export function summary(w: PurchaseWizard, doc: Quote | Order) {
  const { t, i18n } = w.host;
  const th = (key: Key, num = true) => html`<th scope="col" class=${num ? 'num' : ''}>${t(key)}</th>`;
  const row = (label: string, value: string, strong = false) =>
    html`<dt>${strong ? html`<strong>${label}</strong>` : label}</dt>
      <dd class="num">${strong ? html`<strong>${value}</strong>` : value}</dd>`;
  const next = i18n.day(doc.nextBillingDate);
  // On a phone the lines scroll sideways in their own region (reachable by keyboard) rather than being cut off.
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label=${t('review.lines')}>
      <table class="lines">
        <thead>
          <tr>
            ${th('cart.product', false)} ${th('cart.quantity')} ${th('review.unit')} ${th('review.perPeriod')}
            ${th('allocate.centers', false)}
          </tr>
        </thead>
        <tbody>
          ${doc.lines.map(
            (l) =>
              html`<tr>
                <td>${l.productName}</td>
                <td class="num">${i18n.number(l.quantity)}</td>
                <td class="num">${t(`price.${l.billingPeriod}`, { price: i18n.money(l.unitPrice) })}</td>
                <td class="num">${t(`price.${l.billingPeriod}`, { price: i18n.money(l.total) })}</td>
                <td>${allocation(w, l.allocation)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <section class="charges" part="charges" aria-label=${t('review.today', { date: next })}>
      <h3 class="small-heading">${t('review.today', { date: next })}</h3>
      <dl class="summary">
        ${row(t('review.subtotal'), i18n.money(doc.subtotal))}
        ${row(t('review.tax', { rate: percent(w, doc.taxRate) }), i18n.money(doc.tax))}
        ${row(t('review.totalToday'), i18n.money(doc.total), true)}
      </dl>
    </section>
    <section class="charges" part="recurring" aria-label=${t('review.then', { date: next })}>
      <h3 class="small-heading">${t('review.then', { date: next })}</h3>
      <dl class="summary">
        ${doc.recurring.map((r) =>
          row(
            t(`review.every.${r.billingPeriod}`),
            t('review.recurring', {
              total: i18n.money(r.total),
              subtotal: i18n.money(r.subtotal),
              tax: i18n.money(r.tax),
            }),
          ),
        )}
      </dl>
    </section>`;
}

export function renderReview(w: PurchaseWizard) {
  const { host, form } = w;
  const quote = w.quote;
  if (!quote) return nothing;
  const error = form.errors['acceptTerms'];
  return html`<form class="stack" novalidate @submit=${(e: Event) => onConfirm(w, e)}>
    ${summary(w, quote)}
    <p class="muted small">${host.t('review.hint')}</p>
    <label class="check confirm-box">
      ${checkbox(w.accept, (on) => ((w.accept = on), form.set('acceptTerms', '')), undefined, 'f-acceptTerms', error)}
      <span>${host.t('review.accept')}</span>
    </label>
    ${error ? html`<p class="field-error" id="f-acceptTerms-error">${error}</p>` : nothing} ${w.problem()}
    ${w.nav(host.t('review.confirm', { total: host.i18n.money(quote.total) }))}
  </form>`;
}

export function renderStatement(w: PurchaseWizard) {
  const { t, i18n, close } = w.host;
  const order = w.order;
  if (!order) return nothing;
  return html`<section class="statement stack" part="statement" aria-labelledby="dialog-title">
    <p>
      ${t('statement.order', { id: order.number })}<br />${t('statement.date', { date: i18n.date(order.createdAt) })}<br />${order.portal.name}
      · ${order.portal.ownerEmail}
    </p>
    ${summary(w, order)}
    <p class="muted small">${t('statement.pool')}</p>
    <div class="actions">
      <button type="button" part="button" @click=${() => print()}>${t('statement.print')}</button>
      <button type="button" part="button" class="primary" @click=${() => close()}>
        ${t('statement.done')}
      </button>
    </div>
  </section>`;
}
