// The page the license-grid benchmark drives: one grid per page (`?grid=allot` or `?grid=vaadin`) on the mock
// service at `?api=`, both fed the same 100,000 licenses of the `large` scenario through the same API calls
// (cursor pages of 100, server-side search). `window.bench` runs one measurement at a time.
import { createClient } from '@allot/sdk';

const params = new URLSearchParams(location.search);
const which = params.get('grid');
const api = params.get('api');
const token = 'tok_a_admin';
const PAGE = 100;
const HEIGHT = '600px';
const stage = document.getElementById('stage');
const client = createClient({ baseUrl: api, token, retry: 0 });
const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** Resolves with the time of the first animation frame at which `check()` holds. */
function frameWhen(check, timeout = 30_000) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const step = (now) => {
      if (check()) return resolve(now);
      if (now - start > timeout) return reject(new Error('timed out'));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Scrolls `scroller` by `px` each frame for `frames` frames; returns the gaps between frames, in ms. */
async function scrollFrames(scroller, frames, px) {
  const gaps = [];
  await new Promise((resolve) => {
    let last;
    let n = 0;
    const step = (now) => {
      if (last !== undefined) gaps.push(now - last);
      last = now;
      if (n++ === frames) return resolve();
      scroller.scrollTop += px;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return { gaps, scrollTop: scroller.scrollTop };
}

const grids = {
  async allot() {
    const { LicenseTable } = await import('@allot/widgets/classes');
    if (!customElements.get('license-table')) customElements.define('license-table', LicenseTable);
    let el;
    const root = () => el.shadowRoot;
    const firstRow = () =>
      root()?.querySelector('.body [role="row"]:first-child [role="gridcell"]:nth-child(3)');
    return {
      mount() {
        el = document.createElement('license-table');
        el.setAttribute('base-url', api);
        el.setAttribute('locale', 'en');
        el.setAttribute('page-size', String(PAGE));
        el.style.setProperty('--allot-license-table-height', HEIGHT);
        el.token = token;
        stage.append(el);
      },
      firstRows: () => !!firstRow()?.textContent?.trim(),
      scroller: () => root().querySelector('.viewport'),
      rowHeight: () => root().querySelector('.body [role="row"]').offsetHeight,
      filter(q) {
        const input = root().getElementById('lt-q');
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      },
      filtered: (total, name) =>
        root().querySelector('.summary strong')?.textContent === `${total.toLocaleString('en')} licenses` &&
        firstRow()?.textContent?.trim() === name,
    };
  },

  async vaadin() {
    await Promise.all([
      import('@vaadin/grid/vaadin-grid.js'),
      import('@vaadin/grid/vaadin-grid-column.js'),
      import('@vaadin/grid/vaadin-grid-selection-column.js'),
    ]);
    let grid;
    let query = { sort: '-addedAt' };
    // Cursor pages: the data provider asks for page n; the API only goes on from a cursor, so it walks there.
    let cursors = [undefined];
    let pages = new Map();
    let generation = 0;
    let total = 0;
    let shown = 0; // the size the grid was last given
    const fetchPage = async (page, pageSize, mine) => {
      for (let p = Math.min(page, cursors.length - 1); p <= page; p++) {
        if (pages.has(p)) continue;
        const cursor = cursors[p];
        const data = await client.licenses.list({ ...query, limit: pageSize, ...(cursor ? { cursor } : {}) });
        if (mine !== generation) return undefined;
        pages.set(p, data.items);
        cursors[p + 1] = data.nextCursor;
        total = data.total;
      }
      return pages.get(page);
    };
    const column = (header, key, text) => {
      const col = document.createElement('vaadin-grid-column');
      col.header = header;
      col.renderer = (root, _, model) => {
        root.dataset.col = key;
        root.dataset.index = String(model.index);
        root.textContent = text(model.item);
      };
      return col;
    };
    return {
      mount() {
        grid = document.createElement('vaadin-grid');
        grid.style.height = HEIGHT;
        grid.pageSize = PAGE;
        const actions = document.createElement('vaadin-grid-column');
        actions.header = 'Actions';
        actions.renderer = (root, _, model) => {
          let button = root.firstElementChild;
          if (!button) root.append((button = document.createElement('button')));
          button.textContent = model.item.assignee ? 'Unassign' : 'Assign';
        };
        grid.append(
          document.createElement('vaadin-grid-selection-column'),
          column('Type', 'type', (l) => l.productName),
          column('Assigned to', 'assignee', (l) => l.assignee?.name ?? 'N/A'),
          column('Extension', 'extension', (l) => l.assignee?.extension ?? ''),
          column('Cost center', 'costCenter', (l) => l.costCenter?.code ?? 'None'),
          column('Date added', 'addedAt', (l) => date.format(new Date(l.addedAt))),
          actions,
        );
        grid.dataProvider = ({ page, pageSize }, callback) => {
          const mine = generation;
          fetchPage(page, pageSize, mine).then((items) => {
            if (!items) return;
            callback(items, total);
            shown = total;
          }, console.error);
        };
        stage.append(grid);
      },
      firstRows: () => !!document.querySelector('[data-col="type"][data-index="0"]')?.textContent,
      scroller: () => grid.shadowRoot.querySelector('#table'),
      rowHeight: () => grid.shadowRoot.querySelector('#items tr').offsetHeight,
      filter(q) {
        query = { ...query, q };
        cursors = [undefined];
        pages = new Map();
        generation++;
        grid.clearCache();
        grid.scrollToIndex(0);
      },
      filtered: (count, name) =>
        shown === count &&
        document.querySelector('[data-col="assignee"][data-index="0"]')?.textContent === name,
    };
  },
};

const ready = grids[which]();

window.bench = {
  /** Milliseconds from adding the grid to the page to the first frame showing its first row. */
  async firstRows() {
    const g = await ready;
    const start = performance.now();
    g.mount();
    const done = await frameWhen(g.firstRows);
    if (params.get('debug')) {
      const entries = performance.getEntriesByType('resource').filter((e) => e.startTime >= start - 1);
      console.log(
        JSON.stringify(
          entries.map((e) => [
            e.name.replace(/^.*\/v1\//, '').slice(0, 40),
            Math.round(e.startTime - start),
            Math.round(e.responseEnd - start),
          ]),
        ),
        'done',
        Math.round(done - start),
      );
    }
    return done - start;
  },
  /** Frame gaps while scrolling the grid down by `rows` rows every frame for `frames` frames. */
  async scroll(frames, rows) {
    const g = await ready;
    const rowHeight = g.rowHeight();
    return { ...(await scrollFrames(g.scroller(), frames, rows * rowHeight)), rowHeight };
  },
  /** Milliseconds from applying a server-side search to the first frame showing its first matching row. */
  async filter(q, name) {
    const g = await ready;
    const { total } = await client.licenses.list({ q, limit: 1 });
    const start = performance.now();
    g.filter(q);
    return { ms: (await frameWhen(() => g.filtered(total, name))) - start, total };
  },
};
