import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem-details';
import { formatNumber, localeFor } from '@/lib/format';
import { useDeletePhoto, usePhotoBlob, useUploadPhoto } from '../api/products';
import type { Photo, Product } from '../api/types';
import { ACCEPTED_PHOTO_TYPES } from '../utils/product-form';

/** An object URL for a blob or file, revoked when it changes or the component goes away. */
function useObjectUrl(blob: Blob | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return;
    }
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

function PhotoImage({ productId, photo, alt }: { productId: string; photo: Photo; alt: string }) {
  const { t } = useTranslation();
  const blob = usePhotoBlob(productId, photo.id);
  const url = useObjectUrl(blob.data);
  if (blob.isError) return <p className="photo-placeholder">{t('products.photos.loadFailed')}</p>;
  if (!url) return <p className="photo-placeholder">{t('states.loading')}</p>;
  return <img src={url} alt={alt} className="photo-image" />;
}

function sizeText(bytes: number, locale: string) {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, locale)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}

/** The API's 413 / 415 (and other) answers to an upload, in words with the API's own detail. */
function uploadErrorText(error: unknown, t: (key: string) => string): string {
  if (!(error instanceof ApiError)) return t('states.networkError');
  const detail = error.problem?.detail || error.problem?.title;
  const lead =
    error.status === 413 ? t('products.photos.tooLarge') : error.status === 415 ? t('products.photos.wrongType') : null;
  return [lead, detail].filter(Boolean).join(' ') || t('states.error');
}

type Props = { product: Product; etag: string | null; canEdit: boolean };

export function ProductPhotos({ product, etag, canEdit }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const preview = useObjectUrl(file);
  const upload = useUploadPhoto(product.id);
  const remove = useDeletePhoto(product.id);
  const [message, setMessage] = useState<string | null>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setMessage(null);
    upload.reset();
  }

  function send() {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        setInputKey((k) => k + 1);
        setMessage(t('products.photos.uploaded'));
      },
    });
  }

  const staleDelete = remove.error instanceof ApiError && remove.error.status === 412;
  return (
    <section className="product-photos" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('products.photos.title')}</h3>
      {product.photos.length === 0 ? (
        <p className="muted">{t('products.photos.none')}</p>
      ) : (
        <ul className="photo-list">
          {product.photos.map((photo, index) => (
            <li key={photo.id} className="photo-item">
              <PhotoImage productId={product.id} photo={photo} alt={t('products.photos.alt', { name: product.name, n: index + 1 })} />
              <p className="small">
                <a href={photo.url} className="mono photo-url">
                  {photo.url}
                </a>
              </p>
              <p className="small muted">
                {photo.contentType} · {sizeText(photo.sizeBytes, locale)}
              </p>
              {canEdit && etag && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={remove.isPending}
                  onClick={() => {
                    setMessage(null);
                    remove.mutate({ photoId: photo.id, etag }, { onSuccess: () => setMessage(t('products.photos.deleted')) });
                  }}
                >
                  {t('products.photos.delete', { n: index + 1 })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && (
        <div className="alert alert-error" role="alert">
          {staleDelete ? t('products.stale') : remove.error instanceof ApiError ? remove.error.message : t('states.networkError')}
        </div>
      )}
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
      {canEdit && (
        <div className="photo-upload">
          <div className="field">
            <label htmlFor={inputId}>{t('products.photos.choose')}</label>
            <input
              key={inputKey}
              id={inputId}
              type="file"
              accept={ACCEPTED_PHOTO_TYPES.join(',')}
              aria-describedby={`${inputId}-hint`}
              onChange={choose}
            />
            <p className="field-hint" id={`${inputId}-hint`}>
              {t('products.photos.hint')}
            </p>
          </div>
          {file && (
            <div className="photo-preview">
              {preview && <img src={preview} alt={t('products.photos.previewAlt', { name: file.name })} className="photo-image" />}
              <p className="small">
                {file.name} · {sizeText(file.size, locale)}
              </p>
              <button type="button" className="button button-primary" disabled={upload.isPending} onClick={send}>
                {upload.isPending ? t('products.photos.uploading') : t('products.photos.upload')}
              </button>
            </div>
          )}
          {upload.isError && (
            <div className="alert alert-error" role="alert">
              {uploadErrorText(upload.error, t)}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
