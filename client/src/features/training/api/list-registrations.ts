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

/** Every registration in one status (a session has at most 500 seats: at most five pages of 100). */
async function listAllIn(id: string, status: 'confirmed' | 'waitlisted'): Promise<Registration[]> {
  const all: Registration[] = [];
  for (let page = 1; page <= 5; page += 1) {
    const result = await listRegistrations(id, { status, sort: 'businessName', page, pageSize: 100 });
    all.push(...result.items);
    if (all.length >= result.totalCount || result.items.length === 0) break;
  }
  return all;
}

/** Every confirmed registration. */
export const listAllConfirmed = (id: string) => listAllIn(id, 'confirmed');

/** Business id -> its registration status, for every business holding a seat or a waitlist place. */
export async function listRegistered(id: string): Promise<Map<string, Registration['status']>> {
  const [confirmed, waitlisted] = await Promise.all([listAllIn(id, 'confirmed'), listAllIn(id, 'waitlisted')]);
  return new Map([...confirmed, ...waitlisted].map((r) => [r.businessId, r.status]));
}

/** Who is already registered (fetched once a search is made; refreshed after every registration). */
export function useRegistered(id: string, enabled: boolean) {
  return useQuery({ queryKey: trainingKeys.registered(id), queryFn: () => listRegistered(id), enabled });
}

export function useAllConfirmed(id: string) {
  return useQuery({ queryKey: trainingKeys.confirmed(id), queryFn: () => listAllConfirmed(id), refetchOnMount: 'always' });
}
