import { anyText, type ListSpec, type ListState } from '@/lib/list-params';
import type { AuditQuery } from '../api/list-audit-events';

export const AUDIT_PAGE_SIZE = 25;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The filters as they stand in the URL: from/to are calendar days (WIB), the rest as the API names them. */
export type AuditFilter = 'entityType' | 'entityId' | 'actorType' | 'actorId' | 'from' | 'to';

/** Newest first, always; the URL holds the filters and the page. */
export const auditListSpec: ListSpec<AuditFilter> = {
  filters: { entityType: anyText, entityId: anyText, actorType: anyText, actorId: anyText, from: isDate, to: isDate },
  sortKeys: [],
  defaultSort: '-occurredAt',
  defaultPageSize: AUDIT_PAGE_SIZE,
};

/** The day after a YYYY-MM-DD (calendar arithmetic in UTC, so no time zone shifts the day). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** "from" is the start of that day in WIB; "to" is inclusive for the user, so it becomes the next day's start (the API's to is exclusive). */
export function toAuditQuery({ page, filters }: ListState<AuditFilter>): AuditQuery {
  const query: AuditQuery = { page, pageSize: AUDIT_PAGE_SIZE, sort: '-occurredAt' };
  if (filters.entityType) query.entityType = filters.entityType;
  if (filters.entityId) query.entityId = filters.entityId;
  if (filters.actorType) query.actorType = filters.actorType;
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.from) query.from = `${filters.from}T00:00:00+07:00`;
  if (filters.to) query.to = `${nextDay(filters.to)}T00:00:00+07:00`;
  return query;
}

export type Change = { field: string; from: unknown; to: unknown };

/** `{ "field": { "from": .., "to": .. } }` as a list; anything else the API might send is shown as a whole. */
export function changesOf(changes: unknown): Change[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) => {
    if (typeof value === 'object' && value !== null && ('from' in value || 'to' in value)) {
      const v = value as { from?: unknown; to?: unknown };
      return { field, from: v.from ?? null, to: v.to ?? null };
    }
    return { field, from: null, to: value };
  });
}

/** A value of a change as text: null/empty as "—", objects and lists as compact JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
