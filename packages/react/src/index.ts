/**
 * `@allot/react`: the Allot widgets as React components (`@lit/react`), generated from the widgets' Custom
 * Elements Manifest. Properties are the elements' own (`baseUrl`, `locale`, `getToken`, `client`, …) and every
 * event is an `onAllot…` prop whose handler gets the typed `CustomEvent`. Importing this package registers the
 * standard tags (`<minutes-balance>`, …) through `@allot/widgets`.
 * @packageDocumentation
 */
export * from './generated/wrappers.js';
export type { EventName } from '@lit/react';
