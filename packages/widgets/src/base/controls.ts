import { css } from 'lit';

/** Form controls and dialogs; widgets that open forms lazily adopt these with them. */
export const controls = css`
  fieldset {
    border: none;
  }
  legend {
    padding: 0;
    font-weight: 600;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius-small);
    padding: calc(var(--_space) * 0.75);
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  dialog {
    border: none;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    background: var(--_surface);
    color: var(--_on-surface);
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: var(--_scrim);
  }
  dialog form,
  .stack {
    display: grid;
    /* A wide child (a table) must not widen the column past the dialog: the text beside it would be cut. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
