import type { TrainingSessionListQuery, TrainingStatus, TrainingTopic } from '../api/types';
import { statusValues, topicValues } from './labels';
import { parseQuarter, quarterOf, quarterText, type Quarter } from './time';

// Everything the session screen shows lives in the URL, so a view can be bookmarked and shared.
export type SessionView = 'list' | 'calendar';
export type CalendarSpan = 'quarter' | 'month';

export type SessionListParams = {
  quarter: Quarter;
  view: SessionView;
  span: CalendarSpan;
  /** 1..3: which month of the quarter the month calendar shows. */
  month: 1 | 2 | 3;
  topic: TrainingTopic | '';
  status: TrainingStatus | '';
  kecamatan: string;
  page: number;
  sort: SessionSort;
};

export const SESSION_SORTS = ['startsAt', '-startsAt', 'title', '-title', 'capacity', '-capacity'] as const;
export type SessionSort = (typeof SESSION_SORTS)[number];
export const DEFAULT_SORT: SessionSort = 'startsAt';
export const PAGE_SIZE = 25;
/** The calendar asks for the whole quarter at once (the API's largest page). */
export const CALENDAR_PAGE_SIZE = 100;
const KECAMATAN_CODE = /^12\.71\.\d{2}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function parseSessionListParams(search: URLSearchParams, now: Date = new Date()): SessionListParams {
  const page = Number(search.get('page'));
  const month = Number(search.get('month'));
  const kecamatan = search.get('kecamatan') ?? '';
  return {
    quarter: parseQuarter(search.get('quarter')) ?? quarterOf(now),
    view: search.get('view') === 'calendar' ? 'calendar' : 'list',
    span: search.get('span') === 'month' ? 'month' : 'quarter',
    month: month === 2 || month === 3 ? month : 1,
    topic: oneOf(topicValues, search.get('topic')),
    status: oneOf(statusValues, search.get('status')),
    kecamatan: KECAMATAN_CODE.test(kecamatan) ? kecamatan : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    sort: oneOf(SESSION_SORTS, search.get('sort')) || DEFAULT_SORT,
  };
}

/** The URL form; the quarter is always written so a shared link means the same quarter later. */
export function toSessionSearchParams(p: SessionListParams): URLSearchParams {
  const search = new URLSearchParams();
  search.set('quarter', quarterText(p.quarter));
  if (p.view !== 'list') search.set('view', p.view);
  if (p.view === 'calendar' && p.span === 'month') {
    search.set('span', 'month');
    if (p.month !== 1) search.set('month', String(p.month));
  }
  if (p.topic) search.set('topic', p.topic);
  if (p.status) search.set('status', p.status);
  if (p.kecamatan) search.set('kecamatan', p.kecamatan);
  if (p.view === 'list' && p.sort !== DEFAULT_SORT) search.set('sort', p.sort);
  if (p.view === 'list' && p.page !== 1) search.set('page', String(p.page));
  return search;
}

/** The API query: only the filters given; the calendar takes the whole quarter sorted by start. */
export function toSessionApiQuery(p: SessionListParams): TrainingSessionListQuery {
  const calendar = p.view === 'calendar';
  const query: TrainingSessionListQuery = {
    quarter: quarterText(p.quarter),
    page: calendar ? 1 : p.page,
    pageSize: calendar ? CALENDAR_PAGE_SIZE : PAGE_SIZE,
    sort: calendar ? 'startsAt' : p.sort,
  };
  if (p.topic) query.topic = p.topic;
  if (p.status) query.status = p.status;
  if (p.kecamatan) query.kecamatan = p.kecamatan;
  return query;
}

export const hasSessionFilters = (p: SessionListParams) => Boolean(p.topic || p.status || p.kecamatan);
