/**
 * `@allot/widgets`: registers all six tags (`<allot-provider>`, `<minutes-balance>`, `<share-dialog>`,
 * `<inactive-members-pruner>`, `<member-invite>`, `<license-table>`). Importing it twice (two bundles) is
 * harmless. For one widget, import `@allot/widgets/<tag>`; for other names or a scoped registry,
 * `@allot/widgets/classes`.
 * @packageDocumentation
 */
import './provider/provider.js';
import './minutes-balance/minutes-balance.js';
import './share-dialog/share-dialog.js';
import './inactive-members-pruner/inactive-members-pruner.js';
import './member-invite/member-invite.js';
import './license-table/license-table.js';

export * from './classes.js';
