/**
 * `@allot/widgets`: registers `<allot-provider>`, `<minutes-balance>` and `<share-dialog>`. Importing it twice
 * (two bundles) is harmless. For other names or a scoped registry, import `@allot/widgets/classes` instead.
 * @packageDocumentation
 */
import './provider/provider.js';
import './minutes-balance/minutes-balance.js';
import './share-dialog/share-dialog.js';
import './inactive-members-pruner/inactive-members-pruner.js';
import './member-invite/member-invite.js';
import './license-table/license-table.js';

export * from './classes.js';
