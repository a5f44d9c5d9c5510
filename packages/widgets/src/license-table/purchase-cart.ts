import { html, nothing } from 'lit';
import type { Body } from '@allot/sdk';
import { field, formMessage } from '../base/form.js';
import { MAX, type Quote } from './purchase-shared.js';
import type { PurchaseWizard } from './purchase-wizard.js';

// The cart step of the purchase wizard: products and quantities, priced as they are chosen.

export async function onCart(w: PurchaseWizard, e: Event) {
  e.preventDefault();
  const { t } = w.host;
  const body = w.cart();
  const errors: Record<string, string | undefined> = {};
  body.lines.forEach((l, i) => {
    const k = w.lines[i];
    if (!l.quantity) errors[`q${k}`] = t('cart.quantityRange', { max: MAX });
    if (body.lines.findIndex((o) => o.productId === l.productId) < i) errors[`p${k}`] = t('cart.duplicate');
  });
  if (!w.check(errors)) return;
  const json = JSON.stringify(body);
  // Back and forward with the same cart keeps the quote and its allocation.
  if (w.quote && json === w.quoted && !w.expired) return w.go('allocate');
  const quote = await w.call((c) =>
    c.licenses.quotes.create(body, { idempotencyKey: w.keys.for(`quote${w.rev}`, body) }),
  );
  if (!quote) return;
  w.quote = quote;
  w.quoted = json;
  w.expired = false;
  w.split = '';
  w.selection.clear();
  w.go('allocate');
}

/**
 * A new quote for the same cart after the last one expired (`quote_expired`), each line's cost centers allocated
 * as they were: the admin is back on the review, its box to tick cleared for the new charges. If an
 * allocation is refused meanwhile (a center deleted), the allocation step shows why.
 */
export async function renewQuote(w: PurchaseWizard) {
  const old = w.quote;
  w.rev++;
  w.quote = undefined;
  await onCart(w, new Event('submit'));
  let quote = w.quote as Quote | undefined;
  if (!quote || !old) return;
  for (const line of old.lines) {
    const parts = line.allocation.map(({ costCenterId, quantity }) => ({ costCenterId, quantity }));
    const [first] = parts;
    if (!first) continue;
    const step: Body<'allocateLicenseQuote'> =
      parts.length === 1
        ? { mode: 'selection', costCenterId: first.costCenterId, productIds: [line.productId] }
        : { mode: 'split', productId: line.productId, parts };
    const id: string = quote.id;
    const next: Quote | undefined = await w.call((c) => c.licenses.quotes.allocate(id, step));
    if (!next) return;
    w.quote = quote = next;
  }
  // The new quote's charges may differ (the days to prorate have changed): the admin confirms them anew.
  w.accept = false;
  w.go('review');
  w.host.say(w.host.t('quote.renewed'));
}

/** "5 × €45.00 = €225.00 per month": the line priced as it is typed (tax and proration come with the quote). */
function linePrice(w: PurchaseWizard, k: number) {
  const { t, i18n } = w.host;
  const product = w.host.products.find((p) => p.id === w.form.value(`p${k}`));
  const quantity = Number(w.form.value(`q${k}`));
  if (!product || !Number.isInteger(quantity) || quantity < 1 || quantity > MAX) return nothing;
  const total = { amount: product.unitPrice.amount * quantity, currency: product.unitPrice.currency };
  return html`<p class="muted small line-price" part="line-price">
    ${t('cart.linePrice', {
      quantity: i18n.number(quantity),
      unit: i18n.money(product.unitPrice),
      total: t(`price.${product.billingPeriod}`, { price: i18n.money(total) }),
    })}
  </p>`;
}

export function renderCart(w: PurchaseWizard) {
  const { host, form } = w;
  const { t, i18n } = host;
  const options = host.products.map((p) => ({
    value: p.id,
    label: `${p.name} · ${t(`price.${p.billingPeriod}`, { price: i18n.money(p.unitPrice) })}`,
  }));
  return html`<form class="stack" novalidate @submit=${(e: Event) => onCart(w, e)}>
    ${w.lines.map(
      (k, i) =>
        html`<div class="row align-start line">
            ${field(form, { name: `p${k}`, label: t('cart.productOf', { n: i + 1 }), type: 'select', options })}
            ${field(form, { name: `q${k}`, label: t('cart.quantityOf', { n: i + 1 }), type: 'number', min: 1, max: MAX })}
            ${
              w.lines.length > 1
                ? html`<button type="button" class="link" part="button" @click=${() => w.drop('lines', k)}>
                    ${t('cart.remove')}<span class="visually-hidden"
                      >: ${t('cart.productOf', { n: i + 1 })}</span
                    >
                  </button>`
                : nothing
            }
          </div>
          ${linePrice(w, k)}`,
    )}
    ${
      w.lines.length < host.products.length
        ? html`<div>
            <button
              type="button"
              part="button"
              @click=${() => {
                const free = host.products.find((p) => !w.lines.some((k) => form.value(`p${k}`) === p.id));
                w.add('lines', `p`, free?.id ?? '', `q`, '1');
              }}
            >
              ${t('cart.add')}
            </button>
          </div>`
        : nothing
    }
    <p class="muted small">${t('cart.hint')}</p>
    ${formMessage(form)} ${w.nav(t('wizard.next'))}
  </form>`;
}
