import { TaskStatus } from '@lit/task';
import { html, LitElement, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mockApi, speaking } from '../../../test/support.js';
import { formActions, field } from '../form.js';
import { toProblem } from '../problems.js';
import { ActionController } from './actions.js';
import { DialogController } from './dialog.js';
import { FormController } from './form.js';
import { GridNavigation } from './grid-navigation.js';
import { PagedList, type Page } from './paged.js';
import type { Reporter } from './reporter.js';
import { renderState, type Loadable } from './state.js';
import { VirtualWindow } from './virtual-window.js';

// Each controller on a bare Lit element, driven as a user would (keys, clicks), with failures from the real mock.

const i18n = await speaking('en');
const said: [string, string | undefined][] = [];
const reporter: Reporter = {
  problem: (error, shape) => toProblem(error, i18n, shape),
  announce: (message, tone) => void said.push([message, tone]),
};

class Host extends LitElement {
  view: () => unknown = () => html``;
  protected override render() {
    return this.view();
  }
}
customElements.define('controller-host', Host);

let host: Host;
async function mountHost(): Promise<Host> {
  host = document.createElement('controller-host') as Host;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

afterEach(() => {
  host?.remove();
  said.length = 0;
  render(html``, document.body);
});

describe('DialogController', () => {
  it('shows the panel modal, keeps it open on Escape while busy, and gives focus back to the opener', async () => {
    const el = await mountHost();
    let busy = false;
    const closed: string[] = [];
    const dialog = new DialogController<string>(el, {
      busy: () => busy,
      onClosed: () => closed.push('closed'),
    });
    el.view = () =>
      html`<button id="opener" @click=${() => dialog.open('hello')}>Open</button> ${dialog.render(
          (panel) =>
            html`<h2 id="dialog-title">${panel}</h2>
              <button>Inside</button>`,
        )}`;
    el.requestUpdate();
    await el.updateComplete;
    await userEvent.click(el.renderRoot.querySelector('#opener')!);
    await el.updateComplete;
    const shown = el.renderRoot.querySelector('dialog')!;
    expect(shown.open).toBe(true);
    expect(shown.getAttribute('aria-labelledby')).toBe('dialog-title');
    busy = true;
    await userEvent.keyboard('{Escape}');
    expect(shown.open).toBe(true);
    busy = false;
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(shown.open).toBe(false);
    expect(dialog.panel).toBeUndefined();
    expect(closed).toEqual(['closed']);
    expect(el.shadowRoot!.activeElement?.id).toBe('opener');
  });
});

describe('DialogController, closed twice', () => {
  it('runs its close steps once when a request ends after the admin closed the dialog', async () => {
    const el = await mountHost();
    const closed: string[] = [];
    const dialog = new DialogController<string>(el, { onClosed: () => closed.push('closed') });
    el.view = () => dialog.render((panel) => html`<h2 id="dialog-title">${panel}</h2>`);
    dialog.open('first', null);
    await el.updateComplete;
    dialog.close();
    await expect.poll(() => closed).toEqual(['closed']);
    dialog.close(); // the request that was running ends, and closes "its" dialog
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toEqual(['closed']);
    expect(el.renderRoot.querySelector('dialog')!.open).toBe(false);
  });
});

describe('FormController', () => {
  it('keeps what was typed through a refused request, shows the error by its field, says it and focuses it', async () => {
    const el = await mountHost();
    const admin = mockApi().as('a_admin');
    const form = new FormController(el, reporter);
    el.view = () =>
      html`${field(form, { name: 'minutes', label: 'Minutes', type: 'number' })}
      ${formActions(form, i18n, { submit: 'Transfer', cancel: () => undefined })}`;
    form.reset({ minutes: '5000' });
    const outcome = await form.submit(
      () =>
        admin.minutes.transfer({ fromAccountId: 'acc_proj_emea', toAccountId: 'acc_pool_a', minutes: 5000 }),
      { fieldOf: { insufficient_minutes: 'minutes' } },
    );
    await el.updateComplete;
    expect(outcome.ok).toBe(false);
    expect(form.value('minutes')).toBe('5000');
    expect(form.busy).toBe(false);
    expect(form.errors['minutes']).toBe('This account does not have that many minutes.');
    expect(said.at(-1)).toEqual([form.errors['minutes'], 'error']);
    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('f-minutes');
  });

  it('ignores a second submit while the first is sent, and says "Working…" meanwhile', async () => {
    const el = await mountHost();
    const form = new FormController(el, reporter);
    el.view = () => formActions(form, i18n, { submit: 'Save', cancel: () => undefined });
    let release: (value: string) => void = () => undefined;
    const first = form.submit(() => new Promise<string>((resolve) => (release = resolve)));
    await el.updateComplete;
    expect(el.renderRoot.textContent).toContain('Working…');
    expect(await form.submit(() => Promise.resolve('twice'))).toEqual({ ok: false, problem: undefined });
    release('once');
    expect(await first).toEqual({ ok: true, value: 'once' });
  });

  it('says a failed check and focuses the first field in error, before anything is sent', async () => {
    const el = await mountHost();
    const form = new FormController(el, reporter);
    el.view = () => html`${field(form, { name: 'title', label: 'Title' })}`;
    el.requestUpdate();
    expect(form.check({ title: 'Enter a title.' })).toBe(false);
    expect(said.at(-1)).toEqual(['Enter a title.', 'error']);
    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('f-title');
    expect(form.check({ title: undefined })).toBe(true);
  });
});

describe('ActionController', () => {
  it('shows a failed row action under that row only, says it, and clears it when tried again', async () => {
    const el = await mountHost();
    const admin = mockApi().as('a_admin');
    const rows = new ActionController(el, reporter);
    const seen: string[] = [];
    const failed = await rows.run(
      'shr_berlin_b',
      async () => {
        await admin.shares.resend('shr_berlin_b');
        return 'Sent again.';
      },
      (problem) => seen.push(problem.code),
    );
    expect(failed).toBe(false);
    expect(seen).toEqual(['share_not_pending']);
    expect(rows.error('shr_berlin_b')).toBeTruthy();
    expect(rows.error('other')).toBeUndefined();
    expect(said.at(-1)?.[1]).toBe('error');
    expect(await rows.run('shr_berlin_b', () => Promise.resolve('Done.'))).toBe(true);
    expect(rows.error('shr_berlin_b')).toBeUndefined();
    expect(said.at(-1)).toEqual(['Done.', undefined]);
  });
});

describe('PagedList', () => {
  const pages: Record<string, Page<number>> = {
    first: { items: [1, 2], nextCursor: 'second', total: 4 },
    second: { items: [3, 4], nextCursor: null, total: 4 },
  };

  it('appends the next page, and shows the widget’s own edits and the total without reading a page again', async () => {
    const el = await mountHost();
    let reads = 0;
    const list = new PagedList<number, readonly [number]>(
      el,
      () => [1] as const,
      async (_, cursor) => {
        reads++;
        return pages[cursor ?? 'first'];
      },
    );
    el.requestUpdate();
    await expect.poll(() => list.items).toEqual([1, 2]);
    expect(await list.more()).toBe(2);
    expect(list.items).toEqual([1, 2, 3, 4]);
    expect(list.hasMore).toBe(false);
    list.edit((n) => (n === 2 ? undefined : n === 3 ? 30 : n));
    expect(list.items).toEqual([1, 30, 4]);
    expect(list.total).toBe(3);
    expect(reads).toBe(2);
  });

  it('drops a next page that arrives after the list was loaded again for other arguments', async () => {
    const el = await mountHost();
    let query = 'a';
    let release: () => void = () => undefined;
    const list = new PagedList<string, readonly [string]>(
      el,
      () => [query] as const,
      async ([q], cursor) => {
        if (cursor) await new Promise<void>((resolve) => (release = resolve));
        return { items: [`${q}${cursor ?? 1}`], nextCursor: cursor ? null : '2' };
      },
    );
    el.requestUpdate();
    await expect.poll(() => list.items).toEqual(['a1']);
    const more = list.more();
    query = 'b';
    el.requestUpdate();
    await expect.poll(() => list.items).toEqual(['b1']);
    release();
    expect(await more).toBe(0);
    expect(list.items).toEqual(['b1']);
  });
});

describe('PagedList while reloading', () => {
  it('asks for no next page with the old cursor while the first page loads again', async () => {
    const el = await mountHost();
    let query = 'a';
    let hold: Promise<void> = Promise.resolve();
    const cursors: (string | undefined)[] = [];
    const list = new PagedList<string, readonly [string]>(
      el,
      () => [query] as const,
      async ([q], cursor) => {
        cursors.push(cursor);
        if (!cursor) await hold;
        return { items: [`${q}${cursor ?? 1}`], nextCursor: cursor ? null : `${q}-next` };
      },
    );
    el.requestUpdate();
    await expect.poll(() => list.items).toEqual(['a1']);
    let release: () => void = () => undefined;
    hold = new Promise<void>((resolve) => (release = resolve));
    query = 'b';
    el.requestUpdate();
    await el.updateComplete;
    expect(await list.more()).toBe(0);
    release();
    await expect.poll(() => list.items).toEqual(['b1']);
    expect(cursors).not.toContain('a-next');
  });
});

describe('renderState', () => {
  const views = {
    forbidden: undefined as (() => string) | undefined,
    loading: () => 'loading',
    error: () => 'error',
    empty: { when: (v: number[]) => v.length === 0, show: () => 'empty' },
    ready: (v: number[]) => `ready ${v.length}`,
  };
  const source = (status: TaskStatus, value?: number[]): Loadable<number[]> => ({
    status,
    value,
    error: undefined,
    retry: () => undefined,
  });

  it('shows forbidden first, then the error, then the value (kept while reloading), empty, else loading', () => {
    expect(renderState(source(TaskStatus.COMPLETE, [1]), { ...views, forbidden: () => 'forbidden' })).toBe(
      'forbidden',
    );
    expect(renderState(source(TaskStatus.ERROR, [1]), views)).toBe('error');
    expect(renderState(source(TaskStatus.PENDING, [1, 2]), views)).toBe('ready 2');
    expect(renderState(source(TaskStatus.COMPLETE, []), views)).toBe('empty');
    expect(renderState(source(TaskStatus.PENDING), views)).toBe('loading');
  });
});

describe('GridNavigation and VirtualWindow', () => {
  it('moves one tab stop with the arrow keys, renders only the rows in view, and measures their height', async () => {
    const el = await mountHost();
    const count = 1000;
    const win = new VirtualWindow(el, {
      viewport: () => el.renderRoot.querySelector('.viewport'),
      rowSelector: '[role="row"]',
      overscan: 2,
    });
    const nav = new GridNavigation(el, {
      rows: () => count,
      lastColumn: 1,
      pageRows: () => win.pageRows,
      reveal: (row) => win.reveal(row - 1),
      activate: () => undefined,
      root: () => el.renderRoot,
    });
    el.view = () => {
      const [from, to] = win.range(count);
      const stop = nav.stop(from, to);
      const rows = [];
      for (let i = from; i < to; i++) rows.push(i);
      return html`<div
        class="viewport"
        role="grid"
        style="height: 100px; overflow: auto; position: relative"
        @keydown=${nav.onKey}
        @focusin=${nav.onFocus}
        @scroll=${win.onScroll}
      >
        <div style="height: ${count * (win.rowHeight ?? 0)}px">
          ${rows.map(
            (i) =>
              html`<div role="row" style="height: 20px; position: absolute; top: ${win.offset(i)}px">
                ${[0, 1].map(
                  (c) =>
                    html`<span
                      role="gridcell"
                      data-rc="${i + 1}-${c}"
                      tabindex=${nav.tabIndex(stop, i + 1, c)}
                      >${i}:${c}</span
                    >`,
                )}
              </div>`,
          )}
        </div>
      </div>`;
    };
    el.requestUpdate();
    await expect.poll(() => win.rowHeight).toBe(20);
    const rendered = () => el.renderRoot.querySelectorAll('[role="row"]').length;
    expect(rendered()).toBeLessThan(12);
    expect(el.renderRoot.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    el.renderRoot.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowLeft}');
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-rc')).toBe('3-0');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-rc')).toBe(`${count}-0`);
    expect(rendered()).toBeLessThan(12);
    expect(el.renderRoot.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });
});
