import type { RegistrationListQuery, TrainingSessionListQuery, UntrainedQuery } from './types';

// Every query key of this feature starts with 'training' (invalidate ['training'] to refresh it all).
export const trainingKeys = {
  all: ['training'] as const,
  sessionLists: ['training', 'sessions', 'list'] as const,
  sessionList: (query: TrainingSessionListQuery) => ['training', 'sessions', 'list', query] as const,
  session: (id: string) => ['training', 'sessions', 'detail', id] as const,
  registrations: (id: string) => ['training', 'registrations', id] as const,
  registrationList: (id: string, query: RegistrationListQuery) => ['training', 'registrations', id, query] as const,
  confirmed: (id: string) => ['training', 'registrations', id, 'all-confirmed'] as const,
  /** Who holds a seat or a waitlist place (the register search marks them). */
  registered: (id: string) => ['training', 'registrations', id, 'registered'] as const,
  businessSearch: (q: string) => ['training', 'business-search', q] as const,
  businessHistories: ['training', 'business-history'] as const,
  businessHistory: (id: string, page: number) => ['training', 'business-history', id, page] as const,
  reports: ['training', 'reports'] as const,
  untrained: (query: UntrainedQuery) => ['training', 'reports', 'untrained', query] as const,
  attendance: (from: string, to: string) => ['training', 'reports', 'attendance', from, to] as const,
  ekatalogEffect: (from: string, to: string) => ['training', 'reports', 'ekatalog-effect', from, to] as const,
};
