import { isKecamatanCode, oneOf, type ListSpec, type ListState } from '@/lib/list-params';
import type { CatalogCategory, CatalogQuery } from '../api/catalog';

const CATEGORIES: Record<CatalogCategory, true> = {
  food_beverage: true, fashion: true, craft: true, furniture: true, agriculture_produce: true, cosmetics: true, other: true,
};
export const catalogCategories = Object.keys(CATEGORIES) as CatalogCategory[];
export const CATALOG_PAGE_SIZE = 24;

export type CatalogFilter = 'q' | 'category' | 'kecamatan' | 'minPrice' | 'maxPrice' | 'halal';

const rupiah = (value: string) => /^\d{1,15}$/.test(value);

export const catalogListSpec: ListSpec<CatalogFilter> = {
  // the search text is taken as typed (trimmed)
  filters: { q: () => true, category: oneOf(...catalogCategories), kecamatan: isKecamatanCode, minPrice: rupiah, maxPrice: rupiah, halal: oneOf('true') },
  // by name (A to Z only) or by price either way
  sortKeys: ['priceIdr'],
  defaultSort: 'name',
  defaultPageSize: CATALOG_PAGE_SIZE,
};

export type CatalogState = ListState<CatalogFilter>;

export function toCatalogQuery({ page, sort, filters: f }: CatalogState): CatalogQuery {
  const q: CatalogQuery = { page, pageSize: CATALOG_PAGE_SIZE, sort: sort };
  if (f.q) q.q = f.q;
  if (f.category) q.category = f.category as CatalogQuery['category']; // from the URL; the server validates it
  if (f.kecamatan) q.kecamatan = f.kecamatan;
  if (f.minPrice) q.minPriceIdr = Number(f.minPrice);
  if (f.maxPrice) q.maxPriceIdr = Number(f.maxPrice);
  if (f.halal) q.halal = true;
  return q;
}
