/**
 * `@allot/react`: the Allot widgets as React components (`@lit/react`), generated from the widgets' Custom
 * Elements Manifest. Props are each widget's public API only: its documented properties (`baseUrl`, `locale`,
 * `getToken`, `client`, `pageSize`, …) and one `onAllot…` prop per event whose handler gets the typed
 * `CustomEvent`, plus React's HTML props and a `ref` to the element. Importing this package registers the
 * standard tags (`<minutes-balance>`, …) through `@allot/widgets`.
 * @packageDocumentation
 */
export * from './generated/wrappers.js';
export type { EventName } from '@lit/react';
