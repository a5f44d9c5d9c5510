import { css } from 'lit';

/** Styles of the dialog's body (loaded with it). */
export const panelStyles = css`
  dialog.confirm {
    width: min(28rem, calc(100vw - 2rem));
  }
  .modes {
    display: grid;
    gap: var(--_space);
  }
  .choice {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_outline-variant);
    border-radius: var(--_radius-small);
    font-weight: 400;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_accent-container);
    color: var(--_on-accent-container);
  }
  .choice:has(input:checked) .hint {
    color: inherit;
  }
  .choice:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .choice > span {
    display: grid;
    gap: 0.125rem;
  }
  .choice-label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .steps {
    display: grid;
    gap: 0.25rem;
    margin: calc(var(--_space) * 0.5) 0;
    padding: 0;
    list-style: none;
  }
  .steps li {
    display: flex;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }
  .steps .failed {
    font-weight: 700;
  }
  .shares {
    display: grid;
    gap: var(--_space);
  }
  .shares h3:focus {
    outline: none;
  }
  .share {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem var(--_space);
    align-items: center;
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_outline-variant);
  }
  .share-who {
    display: grid;
    overflow-wrap: anywhere;
  }
  .share-actions,
  .wait,
  .share .field-error {
    grid-column: 1 / -1;
  }
  .share-actions {
    margin-inline-start: calc(var(--_space) * -0.75);
    gap: 0;
  }
  .status-accepted {
    background: var(--_success-container);
    color: var(--_on-success-container);
  }
  .status-pending {
    background: var(--_accent-container);
    color: var(--_on-accent-container);
  }
`;
