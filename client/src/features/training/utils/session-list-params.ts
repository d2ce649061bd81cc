import { isKecamatanCode, oneOf, parseListState, toListSearch, type ListSpec, type ListState } from '@/lib/list-params';
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

type SessionFilter = 'quarter' | 'view' | 'span' | 'month' | 'topic' | 'status' | 'kecamatan';

/** The URL of the session screen; the defaults (list view, whole quarter, first month) stay out of it. */
export const sessionListSpec: ListSpec<SessionFilter> = {
  filters: {
    quarter: (value) => parseQuarter(value) !== null,
    view: oneOf('calendar'),
    span: oneOf('month'),
    month: oneOf('2', '3'),
    topic: oneOf(...topicValues),
    status: oneOf(...statusValues),
    kecamatan: isKecamatanCode,
  },
  sortKeys: ['startsAt', 'title', 'capacity'],
  defaultSort: DEFAULT_SORT,
  defaultPageSize: PAGE_SIZE,
};

/** What the screen shows, from the spec's state; no quarter in the URL means the current one. */
export function sessionParams(state: ListState<SessionFilter>, now: Date = new Date()): SessionListParams {
  const f = state.filters;
  return {
    quarter: parseQuarter(f.quarter) ?? quarterOf(now),
    view: f.view === 'calendar' ? 'calendar' : 'list',
    span: f.span === 'month' ? 'month' : 'quarter',
    month: f.month === '2' ? 2 : f.month === '3' ? 3 : 1,
    topic: f.topic as TrainingTopic | '',
    status: f.status as TrainingStatus | '',
    kecamatan: f.kecamatan,
    page: state.page,
    sort: state.sort as SessionSort,
  };
}

export const parseSessionListParams = (search: URLSearchParams, now: Date = new Date()) =>
  sessionParams(parseListState(sessionListSpec, search), now);

/**
 * The URL form; the quarter is always written so a shared link means the same quarter later. The
 * month only counts in the month calendar, the sort and page only in the list.
 */
export function toSessionSearchParams(p: SessionListParams): URLSearchParams {
  const calendar = p.view === 'calendar';
  const month = calendar && p.span === 'month';
  return toListSearch(sessionListSpec, {
    page: calendar ? 1 : p.page,
    pageSize: PAGE_SIZE,
    sort: calendar ? DEFAULT_SORT : p.sort,
    filters: {
      quarter: quarterText(p.quarter),
      view: calendar ? 'calendar' : '',
      span: month ? 'month' : '',
      month: month && p.month !== 1 ? String(p.month) : '',
      topic: p.topic,
      status: p.status,
      kecamatan: p.kecamatan,
    },
  });
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
