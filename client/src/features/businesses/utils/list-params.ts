import type { BusinessListQuery } from '@/lib/api/types';
import { isKecamatanCode, oneOf, toListQuery, type ListSpec, type ListState } from '@/lib/list-params';
import { businessStatusLabels, ekatalogStatusLabels, scaleLabels, valuesOf } from '@/lib/status-labels';

// Every filter of the list lives in the URL, so a view can be bookmarked and shared.
export type BusinessFilter = 'q' | 'kecamatan' | 'scale' | 'status' | 'ekatalogStatus';

export const scaleValues = valuesOf(scaleLabels);
export const statusValues = valuesOf(businessStatusLabels);
export const ekatalogValues = valuesOf(ekatalogStatusLabels);

export const businessListSpec: ListSpec<BusinessFilter> = {
  // the search text is taken as typed (trimmed); the API decides what it matches
  filters: { q: () => true, kecamatan: isKecamatanCode, scale: oneOf(...scaleValues), status: oneOf(...statusValues), ekatalogStatus: oneOf(...ekatalogValues) },
  sortKeys: ['name', 'nib', 'scale', 'createdAt'],
  defaultSort: 'name',
};

export type BusinessListState = ListState<BusinessFilter>;

/** The API query: the spec checked every value against the API's own lists. */
export const toApiQuery = (state: BusinessListState) => toListQuery(state) as BusinessListQuery;
