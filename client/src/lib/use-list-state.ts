import { useSearchParams } from 'react-router';
import { hasAnyFilter, parseListState, toListQuery, toListSearch, type ListSpec, type ListState } from './list-params';

/**
 * A list page's state kept in the URL by its ListSpec: what the page shows, the query for the API,
 * and the changes a page makes. A new sort or filter goes back to page 1; "clear" drops them all.
 */
export function useListState<F extends string>(spec: ListSpec<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseListState(spec, searchParams);
  function update(changes: Partial<ListState<F>>, filters: Partial<Record<F, string>> = {}) {
    setSearchParams(toListSearch(spec, { ...state, page: 1, ...changes, filters: { ...state.filters, ...filters } }));
  }
  const filtered = hasAnyFilter(state);
  const clear = () => setSearchParams(new URLSearchParams());
  return {
    state,
    /** page, pageSize, sort and the filters given, for the API. */
    query: toListQuery(state),
    update,
    setPage: (page: number) => update({ page }),
    /** Any filter applied. */
    filtered,
    /** For PagedResults' clearFilters: offered only while a filter is applied. */
    clearFilters: (label: string) => (filtered ? { label, onClear: clear } : undefined),
  };
}
