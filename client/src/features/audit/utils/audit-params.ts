import type { AuditQuery } from '../api/list-audit-events';

export const AUDIT_PAGE_SIZE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as they stand in the URL: from/to are calendar days (WIB), the rest as the API names them. */
export type AuditParams = {
  page: number;
  entityType: string;
  entityId: string;
  actorType: string;
  actorId: string;
  from: string;
  to: string;
};

export const FILTER_KEYS = ['entityType', 'entityId', 'actorType', 'actorId', 'from', 'to'] as const;

export function parseAuditParams(search: URLSearchParams): AuditParams {
  const page = Number(search.get('page'));
  const text = (key: string) => (search.get(key) ?? '').trim();
  const date = (key: string) => (DATE.test(text(key)) ? text(key) : '');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    entityType: text('entityType'),
    entityId: text('entityId'),
    actorType: text('actorType'),
    actorId: text('actorId'),
    from: date('from'),
    to: date('to'),
  };
}

export function toAuditSearchParams(params: AuditParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) if (params[key]) search.set(key, params[key]);
  if (params.page !== 1) search.set('page', String(params.page));
  return search;
}

/** The day after a YYYY-MM-DD (calendar arithmetic in UTC, so no time zone shifts the day). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** "from" is the start of that day in WIB; "to" is inclusive for the user, so it becomes the next day's start (the API's to is exclusive). */
export function toAuditQuery(params: AuditParams): AuditQuery {
  const query: AuditQuery = { page: params.page, pageSize: AUDIT_PAGE_SIZE, sort: '-occurredAt' };
  if (params.entityType) query.entityType = params.entityType;
  if (params.entityId) query.entityId = params.entityId;
  if (params.actorType) query.actorType = params.actorType;
  if (params.actorId) query.actorId = params.actorId;
  if (params.from) query.from = `${params.from}T00:00:00+07:00`;
  if (params.to) query.to = `${nextDay(params.to)}T00:00:00+07:00`;
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
