import { css } from 'lit';

export const styles = css`
  :host {
    --_row-h: var(--allot-license-table-row-height, 2.75rem);
    /* The actions column fits the longest label of the three languages ("Annuler l’attribution"). */
    --_cols: 2.75rem minmax(8rem, 1.1fr) minmax(8rem, 1.4fr) 6.5rem minmax(7.5rem, 1fr) 9.25rem 14rem;
  }
  .card {
    container: lt / inline-size;
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline-variant);
    background: var(--allot-license-table-card-background, var(--_surface));
  }
  .reason {
    flex-basis: 100%;
    text-align: end;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: start;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius-small);
    padding: calc(var(--_space) * 0.75);
    width: 100%;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .search,
  .row > .field {
    flex: 1 1 12rem;
  }
  .toolbar .field:not(.search) {
    flex: 0 1 auto;
  }
  .filter {
    position: relative;
    margin-top: calc(var(--_font-size) * var(--_line-height) + var(--_space) * 0.5);
  }
  .viewport {
    height: var(--allot-license-table-height, 30rem);
    overflow: auto;
    border: 1px solid var(--_outline-variant);
    border-radius: var(--_radius);
  }
  .pending {
    box-shadow: inset 4px 0 var(--_primary);
  }
  .head,
  .body {
    min-width: 56rem;
    position: relative;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface-variant);
  }
  [role='row'] {
    display: grid;
    grid-template-columns: var(--_cols);
    height: var(--_row-h);
    border-bottom: 1px solid var(--_outline-variant);
  }
  .body > * {
    position: absolute;
    inset: 0 0 auto;
    contain: strict;
  }
  .selected {
    background: var(--allot-license-table-selected-background, var(--_accent-container));
  }
  [role='gridcell'],
  [role='columnheader'] {
    padding: 0 var(--_space);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    line-height: var(--_row-h);
  }
  [role='row'] button,
  [role='row'] input {
    vertical-align: middle;
    line-height: normal;
    margin: 0;
  }
  [role='columnheader'] {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_on-surface-variant);
  }
  /* A long header wraps onto a second line rather than losing its end and its sort arrow. */
  .head [role='row'] {
    height: auto;
    min-height: var(--_row-h);
    align-items: center;
  }
  .head [role='columnheader'] {
    white-space: normal;
    line-height: 1.25;
    padding-block: calc(var(--_space) * 0.5);
  }
  .sort {
    white-space: normal;
    text-align: start;
  }

  /*
   * A narrow table (a phone, a side panel) stacks each row's cells, one a line, each value after its column's
   * name, the action last and within reach; the header offers the sorts. Rows stay one height, so the virtual
   * window measures them as it does wide ones.
   */
  @container lt (max-width: 44rem) {
    .head,
    .body {
      min-width: 0;
    }
    /* The sorts take a few lines: they scroll away with the rows rather than cover them. */
    .head {
      position: static;
    }
    .head [role='row'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
    }
    .head [role='columnheader'] {
      padding-block: calc(var(--_space) * 0.25);
    }
    .head [role='columnheader']:last-child {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .body [role='row'] {
      grid-template-columns: 2.75rem minmax(0, 1fr);
      grid-template-areas: 'check type' 'check who' 'check center' 'check ext' 'check date' 'check action';
      height: calc(6 * 1.75rem + 2.25rem);
      align-content: center;
    }
    .body [role='gridcell'] {
      line-height: 1.75rem;
    }
    .body [role='gridcell']:nth-child(1) {
      grid-area: check;
      align-self: start;
    }
    .body [role='gridcell']:nth-child(2) {
      grid-area: type;
      font-weight: 600;
    }
    .body [role='gridcell']:nth-child(3) {
      grid-area: who;
    }
    .body [role='gridcell']:nth-child(4) {
      grid-area: ext;
    }
    .body [role='gridcell']:nth-child(5) {
      grid-area: center;
    }
    .body [role='gridcell']:nth-child(6) {
      grid-area: date;
    }
    .body [role='gridcell']:nth-child(7) {
      grid-area: action;
      padding-top: calc(var(--_space) * 0.5);
    }
    .body [role='gridcell'][aria-colspan] {
      grid-column: 1 / -1;
      grid-row: 1 / -1;
    }
    /* The column's name before the value: seen, not read twice (the grid already names each column). */
    .body [data-label]::before {
      content: attr(data-label) ' ' / '';
      font-size: var(--_font-size-small);
      color: var(--_on-surface-variant);
    }
  }
  .viewport :focus-visible {
    outline-offset: -2px;
  }
  .check-cell {
    text-align: center;
  }
  .sort,
  [role='gridcell'] .link {
    border: 0;
    background: none;
    padding: 0;
    color: inherit;
    font-size: inherit;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    display: inline-block;
  }
  [role='gridcell'] .link {
    color: var(--_primary);
    font-weight: 500;
  }
  [role='gridcell'] button:not(.link) {
    min-height: 1.9rem;
    padding: 0 var(--_space);
  }
  .bar {
    display: inline-block;
    vertical-align: middle;
    height: 0.75rem;
    width: 60%;
    border-radius: var(--_radius-small);
    background: var(--_surface-variant);
  }
`;
