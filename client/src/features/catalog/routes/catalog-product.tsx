import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { formatDate, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCatalogProduct } from '../api/catalog';
import { categoryLabel } from '../components/labels';
import { PublicLayout } from '../components/public-layout';

export default function CatalogProductPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { productId = '' } = useParams();
  const query = useCatalogProduct(productId);
  useDocumentTitle(query.data?.name ?? t('catalog.title'));
  const back = (
    <p>
      <Link to="/katalog" className="back-link">
        ← {t('catalog.back')}
      </Link>
    </p>
  );

  if (query.isPending)
    return (
      <PublicLayout>
        <LoadingState />
      </PublicLayout>
    );
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <PublicLayout>
        <div className="page">
          {back}
          <ErrorState error={query.error} message={notFound ? t('catalog.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
        </div>
      </PublicLayout>
    );
  }
  const p = query.data;
  const row = (term: string, value: string | number | null | undefined) => (
    <div className="detail-item">
      <dt>{term}</dt>
      <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </div>
  );
  return (
    <PublicLayout>
      <div className="page">
        {back}
        <h1>{p.name}</h1>
        <p className="catalog-price catalog-price-large">
          {p.priceIdr ? formatRupiah(p.priceIdr) : t('catalog.noPrice')} <span className="muted small">/ {p.unit}</span>
        </p>
        <p>
          {t('catalog.by', { business: p.businessName, kecamatan: p.kecamatanName })}
        </p>
        {p.photos.length > 0 && (
          <ul className="catalog-photos" aria-label={t('catalog.photos')}>
            {p.photos.map((photo, i) => (
              <li key={photo.id}>
                <img src={photo.url} alt={t('catalog.photoN', { name: p.name, n: i + 1 })} className="catalog-photo-large" />
              </li>
            ))}
          </ul>
        )}
        {p.description && <p className="catalog-description">{p.description}</p>}
        <section className="detail-section">
          <h2>{t('catalog.specs')}</h2>
          <dl className="detail-list">
            {row(t('catalog.fields.category'), categoryLabel(p.category, t))}
            {row(t('catalog.fields.minimumOrder'), `${formatNumber(p.minimumOrder, locale)} ${p.unit}`)}
            {row(t('catalog.fields.tkdn'), p.tkdnPercent === null || p.tkdnPercent === undefined ? null : `${formatNumber(p.tkdnPercent, locale)}%`)}
            {row(t('catalog.fields.sni'), p.sniNumber)}
            {row(t('catalog.fields.hs'), p.hsCode)}
            {p.isFood &&
              row(
                t('catalog.fields.halal'),
                p.halalCertified
                  ? p.halalCertificateExpiresOn
                    ? t('catalog.halalUntil', { number: p.halalCertificateNumber ?? '', date: formatDate(p.halalCertificateExpiresOn, locale) })
                    : p.halalCertificateNumber ?? ''
                  : t('catalog.notHalal'),
              )}
            {p.isFood && row(t('catalog.fields.pirt'), p.pirtNumber)}
            {p.isFood && row(t('catalog.fields.bpom'), p.bpomNumber)}
          </dl>
        </section>
      </div>
    </PublicLayout>
  );
}
