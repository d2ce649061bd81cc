/**
 * A list page's state in the URL (shareable, survives reload): page, pageSize, sort and named
 * string filters. Each filter has a check; values that fail it are ignored. Defaults are left out of
 * the URL so links stay short, and only the filters given go to the API.
 */
export type ListSpec<F extends string> = {
  filters: Record<F, (value: string) => boolean>;
  sortKeys: readonly string[];
  defaultSort: string;
  defaultPageSize?: number;
};

export type ListState<F extends string> = {
  page: number;
  pageSize: number;
  sort: string;
  filters: Record<F, string>;
};

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** The ?page= of a list whose other parameters are its own (1 when absent or not a page number). */
export const pageFrom = (search: URLSearchParams) => positiveInt(search.get('page'), 1);

/** The same search with another page (page 1 is left out of the URL). */
export function withPage(search: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(search);
  if (page === 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

export function parseListState<F extends string>(spec: ListSpec<F>, search: URLSearchParams): ListState<F> {
  const sort = search.get('sort') ?? '';
  const column = sort.startsWith('-') ? sort.slice(1) : sort;
  const filters = {} as Record<F, string>;
  for (const [name, check] of Object.entries(spec.filters) as [F, (value: string) => boolean][]) {
    const value = (search.get(name) ?? '').trim();
    filters[name] = value && check(value) ? value : '';
  }
  return {
    page: positiveInt(search.get('page'), 1),
    pageSize: positiveInt(search.get('pageSize'), spec.defaultPageSize ?? 25, 100),
    sort: spec.sortKeys.includes(column) ? sort : spec.defaultSort,
    filters,
  };
}

export function toListSearch<F extends string>(spec: ListSpec<F>, state: ListState<F>): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of Object.keys(spec.filters) as F[]) if (state.filters[name]) search.set(name, state.filters[name]);
  if (state.sort !== spec.defaultSort) search.set('sort', state.sort);
  if (state.page !== 1) search.set('page', String(state.page));
  if (state.pageSize !== (spec.defaultPageSize ?? 25)) search.set('pageSize', String(state.pageSize));
  return search;
}

/** page, pageSize, sort and the filters actually given. */
export function toListQuery<F extends string>(state: ListState<F>): { page: number; pageSize: number; sort: string } & Partial<Record<F, string>> {
  const query = { page: state.page, pageSize: state.pageSize, sort: state.sort } as { page: number; pageSize: number; sort: string } & Partial<Record<F, string>>;
  for (const [name, value] of Object.entries(state.filters) as [F, string][]) if (value) (query as Record<string, unknown>)[name] = value;
  return query;
}

export const hasAnyFilter = <F extends string>(state: ListState<F>) => Object.values<string>(state.filters).some(Boolean);

export const oneOf =
  (...allowed: string[]) =>
  (value: string) =>
    allowed.includes(value);
export const isKecamatanCode = (value: string) => /^12\.71\.\d{2}$/.test(value);
export const isId = (value: string) => /^\d{1,10}$/.test(value);
export const isYear = (value: string) => /^(19|20)\d{2}$/.test(value);
export const anyText = (value: string) => value.length <= 100;
