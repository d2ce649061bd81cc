import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { ErrorState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { formatDateTime, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useApiKeys, useRevokeApiKey } from '../api/api-keys';
import type { ApiKey } from '../api/types';
import { scopeLabel } from '../components/labels';
import '../api-keys.css';
import { StatusBadge } from '@/components/status-badge';

const PAGE_SIZE = 25;

export default function ApiKeyListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [searchParams, setSearchParams] = useSearchParams();
  const pageParam = Number(searchParams.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const query = useApiKeys({ page, pageSize: PAGE_SIZE, sort: '-createdAt' });
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  useDocumentTitle(t('api-keys.title'));

  const revokeError = revoke.error instanceof ApiError ? revoke.error : revoke.error ? new ApiError(0, null) : null;

  function doRevoke(key: ApiKey) {
    setRevoked(null);
    revoke.mutate(key, {
      onSuccess: () => {
        setConfirming(null);
        setRevoked(key.name);
      },
    });
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('api-keys.title')}</h1>
        <Link to="/api-keys/new" className="button button-primary page-header-action">
          {t('api-keys.add')}
        </Link>
      </div>
      <p className="muted">{t('api-keys.intro')}</p>
      {revoked && (
        <div className="alert alert-success" role="status">
          {t('api-keys.revoked', { name: revoked })}
        </div>
      )}
      {revokeError?.status === 412 ? (
        <div className="alert alert-warning" role="alert">
          <p>{t('api-keys.stale')}</p>
        </div>
      ) : (
        revokeError && <ErrorState error={revoke.error} />
      )}
      <PagedResults query={query} empty={t('api-keys.empty')} onPageChange={(next) => setSearchParams(next === 1 ? new URLSearchParams() : new URLSearchParams({ page: String(next) }))}>
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('api-keys.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('api-keys.columns.name')}</th>
                  <th scope="col">{t('api-keys.columns.scopes')}</th>
                  <th scope="col">{t('api-keys.columns.created')}</th>
                  <th scope="col">{t('api-keys.columns.lastUsed')}</th>
                  <th scope="col">{t('api-keys.columns.expires')}</th>
                  <th scope="col">{t('api-keys.columns.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('api-keys.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((key) => (
                  <tr key={key.id}>
                    <td className="cell-name">
                      {key.name}
                      <span className="mono small muted key-prefix">mu_{key.prefix}_…</span>
                    </td>
                    <td>
                      <ul className="scope-list">
                        {key.scopes.map((scope) => (
                          <li key={scope}>{scopeLabel(scope, t)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{formatDateTime(key.createdAt, locale)}</td>
                    <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : t('api-keys.neverUsed')}</td>
                    <td>{key.expiresAt ? formatDateTime(key.expiresAt, locale) : t('api-keys.noExpiry')}</td>
                    <td>
                      <StatusBadge family="apiKey" value={key.status} />
                      {key.revokedAt && <span className="small muted key-prefix">{formatDateTime(key.revokedAt, locale)}</span>}
                    </td>
                    <td>
                      {key.status === 'active' &&
                        (confirming === key.id ? (
                          <div className="confirm-inline" role="group" aria-label={t('api-keys.confirmLabel', { name: key.name })}>
                            <p className="small">{t('api-keys.confirmRevoke')}</p>
                            <button
                              type="button"
                              className="button button-small button-danger"
                              disabled={revoke.isPending}
                              onClick={() => doRevoke(key)}
                            >
                              {t('api-keys.confirmYes')}
                            </button>
                            <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(null)}>
                              {t('api-keys.cancel')}
                            </button>
                          </div>
                        ) : (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            aria-label={t('api-keys.revokeNamed', { name: key.name })}
                            onClick={() => {
                              revoke.reset();
                              setConfirming(key.id);
                            }}
                          >
                            {t('api-keys.revoke')}
                          </button>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </div>
  );
}
