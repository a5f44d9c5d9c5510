import { css } from 'lit';

/** Styles of the forms (loaded with them). */
export const formsStyles = css`
  .summary {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
  }
  .summary dt {
    color: var(--_on-surface-variant);
  }
  .summary .total {
    font-weight: 700;
    font-size: var(--_font-size-large);
  }
  .price {
    min-height: 1.5em;
    font-weight: 600;
  }
  .bullets {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
`;
