import { useTranslation } from 'react-i18next';
import { StaleNotice } from '@/components/etag-edit';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useEtagEdit } from '@/lib/use-etag-edit';
import type { Product } from '../api/types';
import { useCreateProduct, useProduct, useUpdateProduct } from '../api/products';
import { emptyProductForm, productFormValuesFrom } from '../utils/product-form';
import { ProductForm } from './product-form';
import { ProductPhotos } from './product-photos';

/**
 * A photo upload or delete moves the product's version without touching its fields. When the
 * fields the form started from are still the latest, the latest ETag is as safe as the pinned one.
 */
function sameFields(a: Product, b: Product): boolean {
  const strip = ({ photos: _p, version: _v, updatedAt: _u, ...rest }: Product) => JSON.stringify(rest);
  return strip(a) === strip(b);
}

type Props = {
  businessId: string;
  /** 'new' or a product id. */
  productId: string;
  canEdit: boolean;
  onClose: (message?: string) => void;
  onCreated: (id: string) => void;
};

export function ProductEditor({ businessId, productId, canEdit, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const isNew = productId === 'new';
  const create = useCreateProduct(businessId);

  if (isNew) {
    return (
      <section className="product-editor" aria-labelledby="product-editor-title">
        <h2 id="product-editor-title">{t('products.form.createTitle')}</h2>
        <p className="muted small">{t('products.form.photosAfterCreate')}</p>
        <ProductForm
          initial={emptyProductForm()}
          submitting={create.isPending}
          error={create.error}
          submitLabel={t('products.form.create')}
          onCancel={() => onClose()}
          onSubmit={(input) => create.mutate(input, { onSuccess: (created) => onCreated(created.product.id) })}
        />
      </section>
    );
  }
  return <ExistingProduct productId={productId} canEdit={canEdit} onClose={onClose} />;
}

function ExistingProduct({ productId, canEdit, onClose }: { productId: string; canEdit: boolean; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const query = useProduct(productId);
  const update = useUpdateProduct();
  // The form's ETag is pinned when it starts, so a photo upload (which moves the version) or a
  // background refetch never swaps it under the user's edits; a 412 offers the latest data.
  const { base, generation, stale, reloadLatest } = useEtagEdit(query, update);

  if (!base) {
    if (query.isError) {
      const notFound = query.error instanceof ApiError && query.error.status === 404;
      return <ErrorState error={query.error} message={notFound ? t('products.notFound') : undefined} />;
    }
    return <LoadingState />;
  }

  const latest = query.data ?? base;
  const { product, etag } = base;
  return (
    <section className="product-editor" aria-labelledby="product-editor-title">
      <h2 id="product-editor-title">{canEdit ? t('products.form.editTitle', { name: product.name }) : product.name}</h2>
      {canEdit && etag ? (
        <ProductForm
          key={generation}
          initial={productFormValuesFrom(product)}
          submitting={update.isPending}
          error={update.error}
          submitLabel={t('products.form.save')}
          onCancel={() => onClose()}
          notice={
            stale ? <StaleNotice text={t('products.form.stale')} reloadLabel={t('products.form.reloadLatest')} onReload={() => void reloadLatest()} /> : null
          }
          onSubmit={(input) =>
            update.mutate(
              { id: product.id, etag: sameFields(product, latest.product) && latest.etag ? latest.etag : etag, input },
              { onSuccess: () => onClose(t('products.saved')) },
            )
          }
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => onClose()}>
          {t('products.form.close')}
        </button>
      )}
      <ProductPhotos product={latest.product} etag={latest.etag} canEdit={canEdit} />
    </section>
  );
}
