import { css } from 'lit';
import { controls } from '../base/controls.js';

/** The dialog's flows, with the shared form controls: loaded with them. */
export const flowStyles = css`
  ${controls}
  dialog {
    position: fixed;
    overflow: auto;
  }
  .wide {
    width: min(52rem, calc(100vw - 2rem));
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .bullets {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  label.check {
    font-weight: 400;
  }
  .choices ul {
    display: grid;
    gap: 0.25rem;
    max-height: 15rem;
    overflow: auto;
  }
  .product {
    display: grid;
    gap: 0.25rem;
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_outline-variant);
  }
  .features {
    display: grid;
    padding-inline-start: 1.75rem;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    counter-reset: step;
    font-size: var(--_font-size-small);
  }
  .steps li {
    counter-increment: step;
    padding: 0 var(--_space);
    border-radius: 1rem;
    background: var(--_surface-variant);
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps .current {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .align-start {
    align-items: start;
  }
  .push {
    margin-top: 1.6rem;
  }
  .inline-form {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-variant);
  }
  dl.summary {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.25rem calc(var(--_space) * 2);
    justify-self: end;
    margin: 0;
  }
  /* A user who cannot be chosen (already holds the product) reads as such, not only by the faded radio. */
  .choices .check:has(input:disabled) {
    color: var(--_on-surface-variant);
    cursor: not-allowed;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .table-scroll:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .charges {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .small-heading {
    margin: 0;
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .lines td {
    vertical-align: middle;
  }
  .confirm-box {
    padding: var(--_space);
    border: 1px solid var(--_outline-variant);
  }
  /* The dialog sits in the top layer, outside the card's container: on a phone the lines close up to fit. */
  @media (max-width: 30rem) {
    .lines {
      font-size: var(--_font-size-small);
    }
    .lines th,
    .lines td {
      padding-inline: calc(var(--_space) * 0.375);
    }
  }
  @media print {
    .card,
    .steps,
    .statement button,
    [part~='status'] {
      display: none !important;
    }
    dialog {
      position: static;
      width: auto;
      max-height: none;
      box-shadow: none;
      padding: 0;
    }
  }
`;
