import type { UserRole } from '@/lib/api/types';

/** Roles that may register and change businesses (the API enforces the same). */
export const EDITOR_ROLES: UserRole[] = ['admin', 'officer'];

export function hasRole(role: UserRole | undefined, roles: readonly UserRole[]): boolean {
  return role !== undefined && roles.includes(role);
}
