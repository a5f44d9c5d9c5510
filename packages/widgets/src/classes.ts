/**
 * `@allot/widgets/classes`: the widget classes without registering anything, and `define()` to register
 * them under your own prefix or into a scoped `CustomElementRegistry`.
 * @packageDocumentation
 */
import { defineElements, type DefineOptions } from './base/define.js';
import { MinutesBalance } from './minutes-balance/minutes-balance.component.js';
import { AllotProvider } from './provider/provider.component.js';
import { ShareDialog } from './share-dialog/share-dialog.component.js';
import { InactiveMembersPruner } from './inactive-members-pruner/inactive-members-pruner.component.js';
import { MemberInvite } from './member-invite/member-invite.component.js';
import { LicenseTable } from './license-table/license-table.component.js';

export { AllotElement, type Theme } from './base/allot-element.js';
export { AllotStore, type Connection, type Topic } from './base/store.js';
export { locales, registerLocale, type Locale, type LocaleTag } from './base/i18n.js';
export type { DefineOptions } from './base/define.js';
export type * from './events/events.js';
export type * from './events/inactive-members-pruner.js';
export type * from './events/member-invite.js';
export type * from './events/license-table.js';
export { VERSION } from './version.js';
export { AllotProvider, MinutesBalance, ShareDialog };
export { InactiveMembersPruner, MemberInvite };
export { LicenseTable };

/**
 * Registers every widget: `define()` gives the standard names; `define({ prefix: 'acme-' })` gives
 * `<acme-minutes-balance>`, `<acme-share-dialog>`, `<acme-allot-provider>`; `define({ registry })` defines them
 * into a scoped registry. Widgets render their sub-elements under the same prefix and registry.
 * Returns the registered constructors by tag name.
 */
export function define(options: DefineOptions = {}): Record<string, CustomElementConstructor> {
  return defineElements(
    [AllotProvider, MinutesBalance, ShareDialog, InactiveMembersPruner, MemberInvite, LicenseTable],
    options,
  );
}
