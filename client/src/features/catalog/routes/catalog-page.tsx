import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { PagedResults } from '@/components/paged-results';
import { RupiahField } from '@/components/rupiah-field';
import { formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useCatalog, type CatalogProduct } from '../api/catalog';
import { categoryLabel } from '../components/labels';
import { PublicLayout } from '../components/public-layout';
import { catalogCategories, catalogListSpec, toCatalogQuery, type CatalogFilter } from '../utils/catalog-params';
import { MEDAN_KECAMATAN } from '../utils/kecamatan';

/** The public e-katalog of Medan's fostered UMKM: reachable without signing in. */
export default function CatalogPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, update, setPage, clear, search } = useListState(catalogListSpec);
  const query = useCatalog(toCatalogQuery(state));
  useDocumentTitle(t('catalog.title'));

  return (
    <PublicLayout>
      <div className="page">
        <div className="page-header">
          <h1>{t('catalog.title')}</h1>
          {query.data && (
            <p className="muted" aria-live="polite">
              {t('catalog.count', { total: formatNumber(query.data.totalCount, locale) })}
            </p>
          )}
        </div>
        <p className="muted">{t('catalog.intro')}</p>
        <CatalogFilters
          key={search}
          params={{ ...state.filters, sort: state.sort }}
          onApply={({ sort, ...filters }) => update({ sort }, filters)}
          onClear={clear}
        />
        <PagedResults query={query} empty={t('catalog.empty')} onPageChange={setPage}>
          {(data) => (
            <ul className="catalog-grid" aria-busy={query.isPlaceholderData || undefined} aria-label={t('catalog.results')}>
              {data.items.map((p) => (
                <li key={p.id}>
                  <ProductCard product={p} />
                </li>
              ))}
            </ul>
          )}
        </PagedResults>
      </div>
    </PublicLayout>
  );
}

function ProductCard({ product: p }: { product: CatalogProduct }) {
  const { t } = useTranslation();
  const photo = p.photos[0];
  return (
    <article className="catalog-card">
      {photo ? (
        <img src={photo.url} alt={t('catalog.photoAlt', { name: p.name })} className="catalog-photo" loading="lazy" />
      ) : (
        <div className="catalog-photo catalog-photo-none">{t('catalog.noPhoto')}</div>
      )}
      <div className="catalog-card-body">
        <h2 className="catalog-card-title">
          <Link to={`/katalog/${encodeURIComponent(p.id)}`}>{p.name}</Link>
        </h2>
        <p className="catalog-price">
          {p.priceIdr ? formatRupiah(p.priceIdr) : t('catalog.noPrice')}
          <span className="muted small"> / {p.unit}</span>
        </p>
        <p className="small catalog-business">{p.businessName}</p>
        <p className="small muted">{p.kecamatanName}</p>
        <p className="catalog-badges">
          <span className="badge badge-muted">{categoryLabel(p.category, t)}</span>
          {p.halalCertified && <span className="badge badge-halal">{t('catalog.halal')}</span>}
        </p>
      </div>
    </article>
  );
}

type CatalogFilters = Record<CatalogFilter | 'sort', string>;

function CatalogFilters({ params, onApply, onClear }: { params: CatalogFilters; onApply: (p: CatalogFilters) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(params);
  const all = { value: '', label: t('catalog.filters.all') };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim() });
  }
  return (
    <form className="filters catalog-filters" role="search" aria-label={t('catalog.filters.legend')} onSubmit={submit}>
      <div className="filter-selects">
        <TextField label={t('catalog.filters.q')} type="search" value={values.q} onChange={(e) => setValues({ ...values, q: e.target.value })} />
        <SelectField
          label={t('catalog.filters.category')}
          value={values.category}
          onChange={(e) => setValues({ ...values, category: e.target.value })}
          options={[all, ...catalogCategories.map((c) => ({ value: c, label: categoryLabel(c, t) }))]}
        />
        <SelectField
          label={t('catalog.filters.kecamatan')}
          value={values.kecamatan}
          onChange={(e) => setValues({ ...values, kecamatan: e.target.value })}
          options={[all, ...MEDAN_KECAMATAN.map((k) => ({ value: k.code, label: k.name }))]}
        />
        <RupiahField label={t('catalog.filters.minPrice')} value={values.minPrice} onValueChange={(v) => setValues({ ...values, minPrice: v })} />
        <RupiahField label={t('catalog.filters.maxPrice')} value={values.maxPrice} onValueChange={(v) => setValues({ ...values, maxPrice: v })} />
        <SelectField
          label={t('catalog.filters.sort')}
          value={values.sort}
          onChange={(e) => setValues({ ...values, sort: e.target.value })}
          options={[
            { value: 'name', label: t('catalog.filters.sortName') },
            { value: 'priceIdr', label: t('catalog.filters.sortPriceAsc') },
            { value: '-priceIdr', label: t('catalog.filters.sortPriceDesc') },
          ]}
        />
      </div>
      <div className="catalog-filter-actions">
        <label className="catalog-check">
          <input type="checkbox" checked={values.halal === 'true'} onChange={(e) => setValues({ ...values, halal: e.target.checked ? 'true' : '' })} />{' '}
          {t('catalog.filters.halal')}
        </label>
        <button type="submit" className="button button-primary">
          {t('catalog.filters.apply')}
        </button>
        <button type="button" className="button button-ghost" onClick={onClear}>
          {t('catalog.filters.clear')}
        </button>
      </div>
    </form>
  );
}
