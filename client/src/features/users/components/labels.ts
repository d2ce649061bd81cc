import type { User } from '../api/types';

export { roleLabel } from '@/lib/status-labels';

/** Active, disabled, or locked after failed sign-ins. */
export function accountStatus(user: User, now = Date.now()): 'active' | 'disabled' | 'locked' {
  if (!user.isActive) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return 'locked';
  return 'active';
}

