import type { Commodity, ExportCaseListQuery } from '../api/types';
import { COMMODITIES } from '../components/labels';

export type BoardParams = { q: string; commodity: Commodity | ''; ended: boolean };

export function parseBoardParams(search: URLSearchParams): BoardParams {
  const commodity = search.get('commodity') ?? '';
  return {
    q: (search.get('q') ?? '').trim(),
    commodity: (COMMODITIES as string[]).includes(commodity) ? (commodity as Commodity) : '',
    ended: search.get('ended') === '1',
  };
}

export function toBoardSearch(params: BoardParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.commodity) search.set('commodity', params.commodity);
  if (params.ended) search.set('ended', '1');
  return search;
}

/** Only the filters given (the API builds its WHERE clause from them). */
export function boardFilters(params: BoardParams): Pick<ExportCaseListQuery, 'q' | 'commodity'> {
  const query: Pick<ExportCaseListQuery, 'q' | 'commodity'> = {};
  if (params.q) query.q = params.q;
  if (params.commodity) query.commodity = params.commodity;
  return query;
}
