import { css } from 'lit';
import { theme } from '../theme/tokens.js';

/** The reset that stops page styles leaking in, type, buttons, badges, tables, states. */
export const core = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_on-surface);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: var(--_font-size-large);
    font-weight: 650;
  }
  h3 {
    font-size: var(--_font-size);
    font-weight: 650;
  }
  ul {
    list-style: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_on-surface-variant);
  }
  .small {
    font-size: var(--_font-size-small);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .spacer {
    flex: 1;
  }
  button {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 2.25rem;
    padding: 0 calc(var(--_space) * 1.75);
    border-radius: var(--_radius-small);
    border: 1px solid var(--_outline);
    background: var(--_surface);
    color: var(--_on-surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    background: var(--_error);
    border-color: var(--_error);
    color: var(--_surface);
  }
  button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    padding: 0 calc(var(--_space) * 0.75);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  label {
    font-weight: 600;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: auto;
    accent-color: var(--_primary);
    margin: 0.2em 0 0;
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
  }
  .hint {
    font-size: var(--_font-size-small);
    color: var(--_on-surface-variant);
  }
  .field-error {
    font-size: var(--_font-size-small);
    color: var(--_error);
    font-weight: 600;
  }
  .alert {
    border-radius: var(--_radius-small);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_error-container);
    color: var(--_on-error-container);
  }
  .alert.success {
    background: var(--_success-container);
    color: var(--_on-success-container);
  }
  .alert.info {
    background: var(--_accent-container);
    color: var(--_on-accent-container);
  }
  .status.alert {
    margin: 0;
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0 var(--_space);
    font-size: var(--_font-size-small);
    font-weight: 600;
    background: var(--_surface-variant);
    color: var(--_on-surface-variant);
    white-space: nowrap;
  }
  .badge.accent {
    background: var(--_accent-container);
    color: var(--_on-accent-container);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid var(--_outline-variant);
    vertical-align: top;
  }
  th {
    font-size: var(--_font-size-small);
    color: var(--_on-surface-variant);
    font-weight: 600;
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton span {
    display: block;
    height: 1rem;
    border-radius: var(--_radius-small);
    background: var(--_surface-variant);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:first-child {
    width: 40%;
    height: 1.5rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .state {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-variant);
  }
`;

/** What every widget's shadow root starts from: the theme and the reset. Form controls are in `controls.ts`. */
export const base = [theme, core];
