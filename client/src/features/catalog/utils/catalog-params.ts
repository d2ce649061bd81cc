import type { CatalogCategory, CatalogQuery } from '../api/catalog';

const CATEGORIES: Record<CatalogCategory, true> = {
  food_beverage: true, fashion: true, craft: true, furniture: true, agriculture_produce: true, cosmetics: true, other: true,
};
export const catalogCategories = Object.keys(CATEGORIES) as CatalogCategory[];
export const CATALOG_PAGE_SIZE = 24;
const SORTS = ['name', 'priceIdr', '-priceIdr'] as const;

export type CatalogParams = {
  page: number;
  sort: (typeof SORTS)[number];
  q: string;
  category: CatalogCategory | '';
  kecamatan: string;
  minPrice: string;
  maxPrice: string;
  halal: boolean;
};

const digits = (v: string | null) => (v && /^\d{1,15}$/.test(v) ? v : '');

export function parseCatalogParams(s: URLSearchParams): CatalogParams {
  const page = Number(s.get('page'));
  const category = s.get('category') ?? '';
  const sort = s.get('sort') as CatalogParams['sort'];
  const kecamatan = s.get('kecamatan') ?? '';
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    sort: SORTS.includes(sort) ? sort : 'name',
    q: (s.get('q') ?? '').trim(),
    category: category in CATEGORIES ? (category as CatalogCategory) : '',
    kecamatan: /^12\.71\.\d{2}$/.test(kecamatan) ? kecamatan : '',
    minPrice: digits(s.get('minPrice')),
    maxPrice: digits(s.get('maxPrice')),
    halal: s.get('halal') === 'true',
  };
}

export function toCatalogSearch(p: CatalogParams): URLSearchParams {
  const s = new URLSearchParams();
  if (p.q) s.set('q', p.q);
  if (p.category) s.set('category', p.category);
  if (p.kecamatan) s.set('kecamatan', p.kecamatan);
  if (p.minPrice) s.set('minPrice', p.minPrice);
  if (p.maxPrice) s.set('maxPrice', p.maxPrice);
  if (p.halal) s.set('halal', 'true');
  if (p.sort !== 'name') s.set('sort', p.sort);
  if (p.page !== 1) s.set('page', String(p.page));
  return s;
}

export function toCatalogQuery(p: CatalogParams): CatalogQuery {
  const q: CatalogQuery = { page: p.page, pageSize: CATALOG_PAGE_SIZE, sort: p.sort };
  if (p.q) q.q = p.q;
  if (p.category) q.category = p.category;
  if (p.kecamatan) q.kecamatan = p.kecamatan;
  if (p.minPrice) q.minPriceIdr = Number(p.minPrice);
  if (p.maxPrice) q.maxPriceIdr = Number(p.maxPrice);
  if (p.halal) q.halal = true;
  return q;
}
