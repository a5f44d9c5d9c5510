import { css } from 'lit';

/** Styles of the invitee's side (blockers, the refund or credit choice), adopted when it loads. */
export const inviteeStyles = css`
  .blockers {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    border-inline-start: 3px solid var(--allot-member-invite-blocker-border, var(--_error));
    background: var(--_error-container);
    color: var(--_on-error-container);
  }
  .blockers ul {
    display: grid;
    gap: var(--_space);
  }
  .blockers li {
    display: grid;
  }
  /* The users still linked (error 1009): a plain list of names under the blocker. */
  .blockers ul.linked {
    display: block;
    margin: calc(var(--_space) * 0.5) 0 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .blockers ul.linked li {
    display: list-item;
    list-style: disc;
  }
  .settlement .check {
    padding: calc(var(--_space) * 0.75);
  }
  /* Declining asks in the invitation itself: the question, then its two answers. */
  .confirm-decline {
    display: grid;
    gap: var(--_space);
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_outline-variant);
    border-radius: var(--_radius);
  }
  .confirm-decline p {
    margin: 0;
  }
`;
