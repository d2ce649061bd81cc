import type { TFunction } from 'i18next';
import type { UserRole } from '@/lib/api/types';
import type { User } from '../api/types';

const roleLabels: Record<UserRole, (t: TFunction) => string> = {
  admin: (t) => t('roles.admin'),
  officer: (t) => t('roles.officer'),
  viewer: (t) => t('roles.viewer'),
};

export function roleLabel(role: string, t: TFunction): string {
  return roleLabels[role]?.(t) ?? role;
}

/** Active, disabled, or locked after failed sign-ins. */
export function accountStatus(user: User, now = Date.now()): 'active' | 'disabled' | 'locked' {
  if (!user.isActive) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return 'locked';
  return 'active';
}

export function statusLabel(status: ReturnType<typeof accountStatus>, t: TFunction): string {
  if (status === 'disabled') return t('users.status.disabled');
  if (status === 'locked') return t('users.status.locked');
  return t('users.status.active');
}
