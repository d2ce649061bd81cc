import type { BusinessListQuery } from '@/lib/api/types';
import { sharedKeys } from '@/lib/query-keys';

// Every query key of this area starts with 'businesses' (invalidate businessKeys.all to refresh it all).
export const businessKeys = {
  all: sharedKeys.businesses,
  lists: () => [...businessKeys.all, 'list'] as const,
  list: (query: BusinessListQuery) => [...businessKeys.lists(), query] as const,
  detail: (id: string) => [...businessKeys.all, 'detail', id] as const,
};
