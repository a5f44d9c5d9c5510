import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, mockApi, mount } from '../../test/support.js';
import type { MinutesBalance } from '../minutes-balance/minutes-balance.component.js';

const styles: HTMLStyleElement[] = [];
function pageStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  styles.push(style);
}
afterEach(() => styles.splice(0).forEach((s) => s.remove()));

async function widget(attrs = ''): Promise<MinutesBalance> {
  const el = await mount<MinutesBalance>(
    html`<minutes-balance .client=${mockApi().as('a_admin')}></minutes-balance>`,
  );
  if (attrs) {
    const [name, value] = attrs.split('=');
    el.setAttribute(name!, value!);
  }
  return el;
}

const card = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!);
const buy = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;

describe('theme', () => {
  it('is light by default and dark with theme="dark"', async () => {
    const el = await widget();
    expect(card(el).backgroundColor).toBe('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(card(el).backgroundColor).toBe('rgb(23, 25, 30)');
    expect(card(el).colorScheme).toBe('dark');
  });

  it('stays readable in dark, its share buttons following', async () => {
    const el = await mount<MinutesBalance>(
      html`<minutes-balance theme="dark" .client=${mockApi().as('a_admin')}></minutes-balance>`,
    );
    expect(el.shadowRoot!.querySelector('share-dialog')!.getAttribute('theme')).toBe('dark');
    await expectAccessible(el);
  });

  it('takes the theme of the <allot-provider> around it, its own winning', async () => {
    const client = mockApi().as('a_admin');
    const provider = await mount<HTMLElement & { theme?: string }>(
      html`<allot-provider theme="dark" .client=${client}
        ><minutes-balance></minutes-balance
      ></allot-provider>`,
    );
    const el = provider.querySelector('minutes-balance')!;
    await expect.poll(() => card(el).backgroundColor).toBe('rgb(23, 25, 30)');
    el.theme = 'light';
    await el.updateComplete;
    expect(card(el).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('follows the page’s class allot-theme-dark on <html>, and its removal', async () => {
    const el = await widget();
    try {
      document.documentElement.classList.add('allot-theme-dark');
      await expect.poll(() => card(el).backgroundColor).toBe('rgb(23, 25, 30)');
      expect(el.shadowRoot!.querySelector('share-dialog')!.getAttribute('theme')).toBe('dark');
    } finally {
      document.documentElement.classList.remove('allot-theme-dark');
    }
    await expect.poll(() => card(el).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('is dark under the host class allot-theme-dark', async () => {
    const el = await widget();
    el.classList.add('allot-theme-dark');
    expect(card(el).backgroundColor).toBe('rgb(23, 25, 30)');
  });

  it('takes the host’s system tokens, and follows a change at once', async () => {
    const el = await widget();
    el.parentElement!.style.setProperty('--allot-sys-color-primary', 'rgb(0, 100, 0)');
    expect(getComputedStyle(buy(el)).backgroundColor).toBe('rgb(0, 100, 0)');
    el.parentElement!.style.setProperty('--allot-sys-color-primary', 'rgb(120, 0, 120)');
    expect(getComputedStyle(buy(el)).backgroundColor).toBe('rgb(120, 0, 120)');
  });

  it('lets a component token win over the system token', async () => {
    const el = await widget();
    el.style.setProperty('--allot-sys-color-on-surface', 'rgb(1, 1, 1)');
    el.style.setProperty('--allot-minutes-balance-figure-color', 'rgb(200, 0, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.figure')!).color).toBe('rgb(200, 0, 0)');
  });

  it('lets the host restyle the parts it names', async () => {
    pageStyle(
      'minutes-balance::part(balance) { color: rgb(0, 0, 255); } minutes-balance::part(card) { border-radius: 0px; }',
    );
    const el = await widget();
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="balance"]')!).color).toBe('rgb(0, 0, 255)');
    expect(card(el).borderRadius).toBe('0px');
  });

  it('keeps the page’s styles out', async () => {
    pageStyle(`
      body { font-family: cursive; color: rgb(255, 0, 0); text-transform: uppercase; letter-spacing: 3px; }
      button { background: rgb(255, 0, 0) !important; } h2, h3 { display: none; }
    `);
    const el = await widget();
    const heading = el.shadowRoot!.querySelector('h2')!;
    const style = getComputedStyle(heading);
    expect(style.display).toBe('block');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.textTransform).toBe('none');
    expect(style.letterSpacing).toBe('normal');
    expect(style.fontFamily).not.toContain('cursive');
    expect(getComputedStyle(buy(el)).backgroundColor).not.toBe('rgb(255, 0, 0)');
  });

  it('keeps its own styles in', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    const before =
      getComputedStyle(outside).cssText ||
      JSON.stringify([
        getComputedStyle(outside).backgroundColor,
        getComputedStyle(outside).borderRadius,
        getComputedStyle(outside).fontWeight,
      ]);
    await widget();
    const after =
      getComputedStyle(outside).cssText ||
      JSON.stringify([
        getComputedStyle(outside).backgroundColor,
        getComputedStyle(outside).borderRadius,
        getComputedStyle(outside).fontWeight,
      ]);
    expect(after).toBe(before);
    outside.remove();
  });
});
