import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 2.5);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline-variant);
    background: var(--allot-minutes-balance-card-background, var(--_surface));
    container-type: inline-size;
  }
  .accounts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .account {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    align-content: start;
    padding: calc(var(--_space) * 1.75);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline-variant);
    background: var(--allot-minutes-balance-account-background, var(--_surface-variant));
  }
  .account.default {
    border: 2px solid var(--allot-minutes-balance-default-border, var(--_primary));
  }
  .account-head {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: baseline;
  }
  .account-head h3 {
    margin-inline-end: auto;
    overflow-wrap: anywhere;
  }
  .description {
    overflow-wrap: anywhere;
  }
  .balance {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: baseline;
  }
  .figure {
    font-size: var(--allot-minutes-balance-figure-size, var(--_font-size-figure));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--allot-minutes-balance-figure-color, var(--_on-surface));
  }
  .account-actions {
    gap: 0;
    margin-inline-start: calc(var(--_space) * -0.75);
  }
  .account-actions button {
    min-height: 2rem;
  }
  .account-actions > *::part(trigger) {
    min-height: 2rem;
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    padding: 0 calc(var(--_space) * 0.75);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .when {
    display: grid;
    white-space: nowrap;
  }
  .invitations {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.75);
    border-radius: var(--_radius);
    background: var(--_accent-container);
    color: var(--_on-accent-container);
  }
  .invitations .hint {
    color: inherit;
  }
  .invitation {
    display: grid;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }
  .invitation + .invitation {
    border-top: 1px solid var(--_outline-variant);
    padding-top: var(--_space);
  }
  .usage {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .chart {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: calc(var(--_space) * 0.75);
    font-size: var(--_font-size-small);
    color: var(--_on-surface-variant);
  }
  .y-axis {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    text-align: end;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  .bars {
    height: 4.5rem;
    border-top: 1px dashed var(--_outline-variant);
    border-bottom: 1px solid var(--_outline);
    cursor: crosshair;
  }
  .bars:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 3px;
  }
  .bars svg {
    display: block;
    width: 100%;
    height: 100%;
    fill: var(--allot-minutes-balance-chart-color, var(--_primary));
  }
  .bars .selected {
    fill: var(--_surface-variant);
  }
  .x-axis {
    grid-column: 2;
    display: flex;
    justify-content: space-between;
    padding-top: 0.25rem;
  }
  .readout {
    margin: 0;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .ledger {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .table-scroll {
    width: 100%;
    overflow-x: auto;
  }
  td.out {
    color: var(--_error);
  }
  dialog {
    position: fixed;
  }
  dialog .close {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline-end: var(--_space);
  }
  /* The title keeps clear of the Close link, whatever the language's word for it. */
  dialog h2 {
    padding-inline-end: 5.5rem;
  }
  .ledger .num {
    white-space: nowrap;
  }
  .ledger .after {
    display: none;
    white-space: normal;
    color: var(--_on-surface-variant);
    font-size: var(--_font-size-small);
  }
  @container (max-width: 30rem) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    th:nth-child(3),
    td:nth-child(3) {
      display: none;
    }
    /* On a phone (360 px) the balance moves under the change and the cells close up, so nothing scrolls
       sideways; a screen reader hears the balance at either width. */
    .ledger th,
    .ledger td {
      padding-inline: calc(var(--_space) * 0.5);
    }
    .ledger th:first-child,
    .ledger td:first-child {
      padding-inline-start: 0;
    }
    .ledger th:nth-child(4),
    .ledger td:nth-child(4) {
      padding-inline-end: 0;
    }
    th:nth-child(5),
    td:nth-child(5) {
      display: none;
    }
    .ledger .after {
      display: block;
    }
  }
`;
