import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 2.5);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline-variant);
    background: var(--allot-member-invite-card-background, var(--_surface));
    container-type: inline-size;
  }
  .invite,
  .pending,
  .invitation {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .invite + .pending,
  .alert + .pending {
    padding-top: calc(var(--_space) * 2.5);
    border-top: 1px solid var(--_outline-variant);
  }
  h3:focus {
    outline: none;
  }
  h4,
  .subhead {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: var(--_font-size-small);
    font-weight: 650;
  }
  fieldset {
    display: grid;
    gap: var(--_space);
  }
  textarea {
    resize: vertical;
  }
  .outcomes {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .outcomes li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius-small);
    border-inline-start: 3px solid var(--_error);
    background: var(--_error-container);
    color: var(--_on-error-container);
    overflow-wrap: anywhere;
  }
  .outcomes li.ok {
    border-color: var(--_primary);
    background: var(--_success-container);
    color: var(--_on-success-container);
  }
  .address {
    font-weight: 600;
  }
  .moves {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 3);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_surface-variant);
  }
  .moves .alert {
    grid-column: 1 / -1;
  }
  .alert.warning {
    background: var(--allot-member-invite-warning-background, var(--_accent-container));
    color: var(--_on-accent-container);
  }
  .bullets {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .pending > ul,
  .history > ul,
  .incoming {
    display: grid;
    gap: var(--_space);
  }
  .invitation {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    border: 1px solid var(--_outline-variant);
    overflow-wrap: anywhere;
  }
  .pending .invitation,
  .history .invitation {
    gap: calc(var(--_space) * 0.5);
  }
  .history {
    display: grid;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .history > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .invitation .row button {
    min-height: 2rem;
  }
  dialog {
    position: fixed;
  }
`;
