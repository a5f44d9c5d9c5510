import type { Permission, Role } from '@allot/contract';

/** The role table of DOMAIN.md, the one place it is written down in code. */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  super_admin: [
    'minutes:read',
    'minutes:spend',
    'minutes:manage',
    'minutes:purchase',
    'licenses:read',
    'licenses:assign',
    'licenses:purchase',
    'licenses:delete',
    'cost_centers:manage',
    'members:read',
    'members:invite',
    'members:remove',
    'billing:read',
    'roles:manage',
  ],
  admin: [
    'minutes:read',
    'minutes:spend',
    'minutes:manage',
    'minutes:purchase',
    'licenses:read',
    'licenses:assign',
    'licenses:purchase',
    'licenses:delete',
    'cost_centers:manage',
    'members:read',
    'members:invite',
    'members:remove',
    'billing:read',
  ],
  user_manager: ['minutes:read', 'minutes:spend', 'licenses:read', 'licenses:assign', 'members:read', 'members:invite'],
  member: ['minutes:read', 'minutes:spend'],
};
