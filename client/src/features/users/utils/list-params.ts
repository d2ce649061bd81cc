import { oneOf, type ListSpec } from '@/lib/list-params';
import { roleValues } from '../api/types';

// Filters of the user list live in the URL (shareable); the API pages and sorts by name.
export type UserFilter = 'q' | 'role' | 'active';

export const userListSpec: ListSpec<UserFilter> = {
  filters: { q: () => true, role: oneOf(...roleValues), active: oneOf('true', 'false') },
  sortKeys: ['name'],
  defaultSort: 'name',
};
