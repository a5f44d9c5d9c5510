import type { Permission, Role } from '@allot/contract';

/** The role table of DOMAIN.md, the one place it is written down in code. */
const superAdmin: readonly Permission[] = [
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
];

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  super_admin: superAdmin,
  // An admin may do everything a super admin may, except manage roles (DOMAIN.md's table).
  admin: superAdmin.filter((p) => p !== 'roles:manage'),
  user_manager: [
    'minutes:read',
    'minutes:spend',
    'licenses:read',
    'licenses:assign',
    'members:read',
    'members:invite',
  ],
  member: ['minutes:read', 'minutes:spend'],
};
