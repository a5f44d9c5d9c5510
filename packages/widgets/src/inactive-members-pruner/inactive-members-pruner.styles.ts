import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline-variant);
    background: var(--allot-inactive-members-pruner-card-background, var(--_surface));
    grid-template-columns: minmax(0, 1fr);
    container-type: inline-size;
  }
  .card > section {
    grid-template-columns: minmax(0, 1fr);
    display: grid;
    gap: calc(var(--_space) * 1.5);
    justify-items: start;
  }
  .card > section + section,
  .card > .alert + section {
    padding-top: calc(var(--_space) * 2.5);
    border-top: 1px solid var(--_outline-variant);
  }
  .card > section > *,
  .scroll {
    max-width: 100%;
  }
  .list,
  .scroll {
    width: 100%;
  }
  .scroll {
    /* Positioned, so the visually hidden headers stay inside it and never widen the page. */
    position: relative;
    overflow-x: auto;
  }
  h2:focus,
  h2:focus-visible {
    outline: none;
  }
  h4 {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .figures,
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
    margin: 0;
  }
  .figures dt,
  .counts dt {
    color: var(--_on-surface-variant);
    font-size: var(--_font-size-small);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .figure {
    font-size: var(--_font-size-figure);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--allot-inactive-members-pruner-figure-color, var(--_on-surface));
  }
  .counts div {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
  }
  .counts dd {
    font-variant-numeric: tabular-nums;
  }
  .search {
    width: min(100%, 22rem);
  }
  th[scope='row'] {
    font-size: inherit;
    color: inherit;
    font-weight: 600;
    min-width: 6rem;
  }
  .email {
    display: block;
    font-weight: 400;
  }
  td button.link {
    min-height: 2rem;
    padding-inline: 0;
  }
  .excluded {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_surface-variant);
  }
  .export .row {
    align-items: end;
  }
  .export {
    display: grid;
    gap: var(--_space);
  }
  .export input {
    width: auto;
  }
  .narrow-only {
    display: none;
  }
  @container (max-width: 34rem) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    /* The status says whether a team is billed; the member count is for wider screens. */
    .wide {
      display: none;
    }
    th,
    td {
      padding-inline: calc(var(--_space) * 0.5);
    }
    /* Invoices fit without scrolling sideways: the period under the number, the number and the PDF button wrap. */
    .wide-only {
      display: none;
    }
    .narrow-only {
      display: block;
      font-weight: normal;
    }
    tbody th {
      overflow-wrap: anywhere;
    }
  }
  .nowrap {
    white-space: nowrap;
  }
`;
