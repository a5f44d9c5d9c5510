/** The role table is written in two places a reader meets: the contract's `Permission` description and this code. */
import document from '@allot/contract/openapi.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../src/index.js';

const roles = ['super_admin', 'admin', 'user_manager', 'member'] as const;

/** The ✓ of each role in the description's Markdown table, as permission lists. */
function tableOfTheContract(): Record<string, string[]> {
  const description = (document.components.schemas.Permission as { description: string }).description;
  const rows = description.split('\n').filter((line) => line.startsWith('| `'));
  const table: Record<string, string[]> = Object.fromEntries(roles.map((role) => [role, []]));
  for (const row of rows) {
    const [permission = '', ...cells] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    roles.forEach((role, i) => cells[i] === '✓' && table[role]!.push(permission.replaceAll('`', '')));
  }
  return table;
}

describe('the role table', () => {
  it('is the same in the contract as in the mock, for every role and permission', () => {
    const expected = Object.fromEntries(roles.map((role) => [role, [...rolePermissions[role]].sort()]));
    const table = tableOfTheContract();
    expect(Object.fromEntries(roles.map((role) => [role, table[role]!.sort()]))).toEqual(expected);
  });
});
