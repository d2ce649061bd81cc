import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import { toPage, type Page, type Registration, type RegistrationListQuery } from './types';

export async function listRegistrations(id: string, query: RegistrationListQuery): Promise<Page<Registration>> {
  return toPage(unwrap(await api.GET('/api/v1/training-sessions/{id}/registrations', { params: { path: { id }, query } })), query);
}

export function useRegistrations(id: string, query: RegistrationListQuery) {
  return useQuery({
    queryKey: trainingKeys.registrationList(id, query),
    queryFn: () => listRegistrations(id, query),
    placeholderData: keepPreviousData,
  });
}

/** Every confirmed registration (a session has at most 500 seats: at most five pages of 100). */
export async function listAllConfirmed(id: string): Promise<Registration[]> {
  const all: Registration[] = [];
  for (let page = 1; page <= 5; page += 1) {
    const result = await listRegistrations(id, { status: 'confirmed', sort: 'businessName', page, pageSize: 100 });
    all.push(...result.items);
    if (all.length >= result.totalCount || result.items.length === 0) break;
  }
  return all;
}

export function useAllConfirmed(id: string) {
  return useQuery({ queryKey: trainingKeys.confirmed(id), queryFn: () => listAllConfirmed(id), refetchOnMount: 'always' });
}
