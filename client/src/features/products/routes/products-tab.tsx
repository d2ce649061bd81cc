import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { etagOf } from '@/lib/api/if-match';
import { ApiError } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import type { BusinessTabProps } from '@/lib/features/types';
import { formatDate, formatRupiah, localeFor } from '@/lib/format';
import { useBusinessProducts, useDeleteProduct, useUpdateProduct } from '../api/products';
import type { Product } from '../api/types';
import { categoryLabel } from '../components/labels';
import { ProductEditor } from '../components/product-editor';
import { withActive } from '../utils/product-form';
import '../products.css';

const PAGE_SIZE = 25;

/** The business page's "Produk" tab: the business's products, with add / edit / photos for editors. */
export default function ProductsTab({ business }: BusinessTabProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('productPage')) || 1);
  const open = searchParams.get('product');
  const query = useBusinessProducts(business.id, { page, pageSize: PAGE_SIZE, sort: 'name' });
  const update = useUpdateProduct();
  const remove = useDeleteProduct();
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function setParam(changes: Record<string, string | null>) {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearchParams(next, { replace: true });
  }

  function toggleActive(p: Product) {
    setMessage(null);
    update.mutate(
      { id: p.id, etag: etagOf(p.version), input: withActive(p, !p.isActive) },
      { onSuccess: () => setMessage(p.isActive ? t('products.deactivated', { name: p.name }) : t('products.activated', { name: p.name })) },
    );
  }

  function doDelete(p: Product) {
    setMessage(null);
    remove.mutate(
      { id: p.id, etag: etagOf(p.version) },
      {
        onSuccess: () => {
          setConfirmDelete(null);
          setMessage(t('products.deletedMessage', { name: p.name }));
        },
      },
    );
  }

  const actionError = update.error ?? remove.error;
  const stale = actionError instanceof ApiError && actionError.status === 412;

  if (open) {
    return (
      <ProductEditor
        key={open}
        businessId={business.id}
        productId={open}
        canEdit={canEdit}
        onClose={(text) => {
          setMessage(text ?? null);
          setParam({ product: null });
        }}
        onCreated={(id) => {
          setMessage(t('products.created'));
          setParam({ product: id });
        }}
      />
    );
  }

  return (
    <section className="products-tab" aria-labelledby="products-title">
      <div className="page-header">
        <h2 id="products-title">{t('products.title')}</h2>
        {canEdit && (
          <button type="button" className="button button-primary page-header-action" onClick={() => setParam({ product: 'new' })}>
            {t('products.add')}
          </button>
        )}
      </div>
      <p className="muted small">{t('products.intro')}</p>
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
      {actionError && (
        <div className="alert alert-error" role="alert">
          <p>{stale ? t('products.stale') : actionError instanceof ApiError ? actionError.message : t('states.networkError')}</p>
          {stale && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                update.reset();
                remove.reset();
                void query.refetch();
              }}
            >
              {t('products.reload')}
            </button>
          )}
        </div>
      )}
      <PagedResults query={query} empty={t('products.empty')} onPageChange={(next) => setParam({ productPage: next === 1 ? null : String(next) })}>
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('products.caption', { name: business.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('products.fields.name')}</th>
                  <th scope="col">{t('products.fields.category')}</th>
                  <th scope="col">{t('products.fields.priceIdr')}</th>
                  <th scope="col">{t('products.columns.halal')}</th>
                  <th scope="col">{t('products.columns.pirtBpom')}</th>
                  <th scope="col">{t('products.columns.photos')}</th>
                  <th scope="col">{t('products.columns.status')}</th>
                  <th scope="col">{t('products.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="cell-name">
                      {p.name}
                    </th>
                    <td>{categoryLabel(p.category, t)}</td>
                    <td>
                      {p.priceIdr ? `${formatRupiah(p.priceIdr)} / ${p.unit}` : <span className="muted">{t('products.noPrice')}</span>}
                    </td>
                    <td data-testid="product-halal">
                      <HalalCell product={p} locale={locale} />
                    </td>
                    <td data-testid="product-pirt-bpom">
                      <PirtBpomCell product={p} />
                    </td>
                    <td>{p.photos.length}</td>
                    <td>
                      <span className={p.isActive ? 'badge badge-status-active' : 'badge badge-status-inactive'}>
                        {p.isActive ? t('products.active') : t('products.inactive')}
                      </span>
                    </td>
                    <td className="product-actions">
                      <button type="button" className="button button-secondary button-small" onClick={() => setParam({ product: p.id })}>
                        {canEdit ? t('products.edit', { name: p.name }) : t('products.view', { name: p.name })}
                      </button>
                      {canEdit && (
                        <>
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            disabled={update.isPending}
                            onClick={() => toggleActive(p)}
                          >
                            {p.isActive ? t('products.deactivate', { name: p.name }) : t('products.activate', { name: p.name })}
                          </button>
                          {confirmDelete === p.id ? (
                            <span className="confirm-inline" role="group" aria-label={t('products.confirmDelete', { name: p.name })}>
                              <span className="small">{t('products.confirmDelete', { name: p.name })}</span>
                              <button type="button" className="button button-danger button-small" disabled={remove.isPending} onClick={() => doDelete(p)}>
                                {t('products.confirmYes')}
                              </button>
                              <button type="button" className="button button-ghost button-small" onClick={() => setConfirmDelete(null)}>
                                {t('products.confirmNo')}
                              </button>
                            </span>
                          ) : (
                            <button type="button" className="button button-ghost button-small" onClick={() => setConfirmDelete(p.id)}>
                              {t('products.delete', { name: p.name })}
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </section>
  );
}

/** Halal: the certificate (and its expiry where an old certificate has one), "non-halal", or what is missing for food. */
function HalalCell({ product: p, locale }: { product: Product; locale: string }) {
  const { t } = useTranslation();
  if (!p.isFood) return <span className="muted">{t('products.notFood')}</span>;
  if (p.isNonHalal) return <>{t('products.nonHalal')}</>;
  if (!p.halalCertificateNumber) return <span className="badge badge-warning">{t('products.missing')}</span>;
  return (
    <>
      <span className="mono">{p.halalCertificateNumber}</span>
      {p.halalCertificateExpiresOn && (
        <span className="muted small product-expiry"> {t('products.validUntil', { date: formatDate(p.halalCertificateExpiresOn, locale) })}</span>
      )}
    </>
  );
}

/** PIRT (home-industry food) or BPOM registration, or what is missing for food. */
function PirtBpomCell({ product: p }: { product: Product }) {
  const { t } = useTranslation();
  if (!p.isFood) return <span className="muted">{t('products.notFood')}</span>;
  const numbers = [
    p.pirtNumber ? `${t('products.pirt')} ${p.pirtNumber}` : null,
    p.bpomNumber ? `${t('products.bpom')} ${p.bpomNumber}` : null,
  ].filter((n): n is string => n !== null);
  if (numbers.length === 0) return <span className="badge badge-warning">{t('products.missing')}</span>;
  return <span className="mono">{numbers.join(' · ')}</span>;
}
