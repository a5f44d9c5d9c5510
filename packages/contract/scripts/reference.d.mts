// Types of reference.mjs (`@allot/contract/reference`).
import type { operationTable } from '../dist/generated/operation-table.js';

/** The Content-Security-Policy of the reference page: its own style sheet, no script, nothing from elsewhere. */
export declare const referencePolicy: string;

/** The page's style sheet, served as `reference.css` beside the page. */
export declare const referenceCss: string;

/**
 * The reference page of the bundled contract (`@allot/contract/openapi.json`, parsed) with the rows of the
 * operation table (`@allot/contract/operations`). `back` adds a link above the page.
 */
export declare function renderReference(
  document: object,
  table: typeof operationTable,
  options?: { back?: { href: string; label: string } },
): string;
