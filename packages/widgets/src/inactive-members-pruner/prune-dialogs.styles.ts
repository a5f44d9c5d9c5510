import { css } from 'lit';

/** Styles of the dialogs and of the removal's progress, adopted when the dialogs first load. */
export const dialogStyles = css`
  .names {
    list-style: disc;
    padding-inline-start: 1.25rem;
    max-height: 12rem;
    overflow-y: auto;
    overflow-wrap: anywhere;
  }
  .units {
    width: auto;
    min-width: 60%;
  }
  .units caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) * 0.5);
  }
  .delta {
    color: var(--_on-surface-variant);
    font-weight: 600;
  }
  .job {
    display: grid;
    gap: var(--_space);
    width: 100%;
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--allot-inactive-members-pruner-progress-color, var(--_primary));
  }
  .alert.info p + p {
    margin-top: calc(var(--_space) * 0.5);
  }
  dialog {
    position: fixed;
    width: min(38rem, calc(100vw - 2rem));
  }
  dialog .close {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline-end: var(--_space);
  }
  dialog h2 {
    padding-inline-end: 4rem;
  }
  /* The removal's list, one box per member: ticked while they are to be removed. */
  .names.pick {
    list-style: none;
    padding-inline-start: 0;
  }
  .names.pick label {
    font-weight: normal;
  }
  /* Under a member's box: what removing them frees, aligned with their name. */
  .holdings {
    list-style: none;
    margin: 0 0 0.35rem;
    padding-inline-start: 1.6rem;
    font-size: var(--_font-size-small);
  }
`;
