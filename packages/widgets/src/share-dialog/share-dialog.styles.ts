import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  .trigger {
    background: var(--allot-share-dialog-trigger-background, var(--_surface));
    color: var(--allot-share-dialog-trigger-color, var(--_primary));
    border-color: currentColor;
  }
  dialog.main {
    width: var(--allot-share-dialog-width, min(36rem, calc(100vw - 2rem)));
  }
  dialog.main > * + * {
    margin-top: calc(var(--_space) * 2);
  }
  .head {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-inline-end: 4rem;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline-end: var(--_space);
  }
`;
