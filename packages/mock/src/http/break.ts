/**
 * Deliberately broken rules, FOR CONFORMANCE TESTING ONLY (`allot-mock --break <rule>`): each switches one
 * rule of DOMAIN.md off so `@allot/conformance` can prove it notices. Never use them for anything else.
 */
export const breakableRules = ['permissions', 'idempotency', 'validation', 'tenancy', 'refusals'] as const;

export type BreakableRule = (typeof breakableRules)[number];

export const breakRuleDescriptions: Readonly<Record<BreakableRule, string>> = {
  permissions: 'skip the x-permissions check (any role may call any operation)',
  idempotency: 'a replayed Idempotency-Key acts again instead of returning the first result',
  validation:
    'a negative number in a request body is taken as its absolute value: a negative amount gets a 2xx',
  tenancy: "a read of another portal's id answers with that portal's data instead of 404",
  refusals:
    'a refusal of a domain rule (409 or 422: share_exists, license_already_assigned, quote_expired…) answers 400 validation_failed, as bad input would',
};

export function isBreakableRule(name: string): name is BreakableRule {
  return (breakableRules as readonly string[]).includes(name);
}
