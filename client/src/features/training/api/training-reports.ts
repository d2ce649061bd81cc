import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { trainingKeys } from './keys';
import { toPage, type AttendanceReport, type EkatalogEffect, type Page, type UntrainedBusiness, type UntrainedQuery } from './types';

/** ListUntrainedBusinesses: active businesses without attended training in the last N quarters (paged). */
export async function listUntrainedBusinesses(query: UntrainedQuery): Promise<Page<UntrainedBusiness>> {
  return toPage(unwrap(await api.GET('/api/v1/training-reports/untrained', { params: { query } })), query);
}

export function useUntrainedBusinesses(query: UntrainedQuery) {
  return useQuery({
    queryKey: trainingKeys.untrained(query),
    queryFn: () => listUntrainedBusinesses(query),
    placeholderData: keepPreviousData,
  });
}

const dates = (from: string, to: string) => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) });

/** GetAttendanceReport for sessions starting between two Jakarta dates (either may be empty). */
export async function getAttendanceReport(from: string, to: string): Promise<AttendanceReport> {
  return unwrap(await api.GET('/api/v1/training-reports/attendance', { params: { query: dates(from, to) } }));
}

export function useAttendanceReport(from: string, to: string, enabled = true) {
  return useQuery({ queryKey: trainingKeys.attendance(from, to), queryFn: () => getAttendanceReport(from, to), enabled });
}

export async function getEkatalogEffect(from: string, to: string): Promise<EkatalogEffect> {
  return unwrap(await api.GET('/api/v1/training-reports/ekatalog-effect', { params: { query: dates(from, to) } }));
}

export function useEkatalogEffect(from: string, to: string) {
  return useQuery({ queryKey: trainingKeys.ekatalogEffect(from, to), queryFn: () => getEkatalogEffect(from, to) });
}
