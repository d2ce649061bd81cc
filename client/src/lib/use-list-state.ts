import { useSearchParams } from 'react-router';
import { hasAnyFilter, parseListState, toListQuery, toListSearch, type ListSpec, type ListState } from './list-params';

/**
 * A list page's state kept in the URL by its ListSpec: what the page shows, the query for the API,
 * and the changes a page makes. A new sort or filter goes back to page 1; "clear" drops them all.
 */
export function useListState<F extends string>(spec: ListSpec<F>, options: { replace?: boolean } = {}) {
  const [searchParams, setSearchParamsAs] = useSearchParams();
  // a report page replaces its history entry on each change instead of adding one
  const setSearchParams = (search: URLSearchParams) => setSearchParamsAs(search, { replace: options.replace });
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
    /** A filter's select bound to the URL: <SelectField {...filter('status')} ... />. */
    filter: (name: F) => ({
      value: state.filters[name],
      onChange: (event: { target: { value: string } }) => update({}, { [name]: event.target.value } as Partial<Record<F, string>>),
    }),
    /** A filter's SearchBox bound to the URL: <SearchBox {...searchBox('q')} ... />. */
    searchBox: (name: F) => ({
      initial: state.filters[name],
      onSearch: (value: string) => update({}, { [name]: value } as Partial<Record<F, string>>),
    }),
    /** Drops every filter, the sort and the page. */
    clear,
    /** The URL's query string, e.g. to key a form that starts from it (back/forward resets it). */
    search: searchParams.toString(),
    /** For PagedResults' clearFilters: offered only while a filter is applied. */
    clearFilters: (label: string) => (filtered ? { label, onClear: clear } : undefined),
    /** Shows another whole search (a saved filter set); the spec drops what it does not know. */
    replace: (search: URLSearchParams) => setSearchParams(toListSearch(spec, parseListState(spec, search))),
  };
}
