import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { etagOf } from '@/lib/api/if-match';
import { formatDateTime, localeFor } from '@/lib/format';
import { useCancelRegistration } from '../api/cancel-registration';
import { useRegistrations } from '../api/list-registrations';
import type { Registration, RegistrationStatus } from '../api/types';
import { label, registrationStatusLabels, registrationStatusValues } from '../utils/labels';
import { isStatus, problemText } from '../utils/problem';
import { StatusBadge } from '@/components/status-badge';

type Props = { sessionId: string; canCancel: boolean };
type Filter = RegistrationStatus | 'all';

/** The session's registrations, paged on the server, filtered by status; cancel with the registration's If-Match. */
export function RegistrationsPanel({ sessionId, canCancel }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const query = useRegistrations(sessionId, {
    page,
    pageSize: 25,
    sort: filter === 'waitlisted' ? 'registeredAt' : 'businessName',
    ...(filter === 'all' ? {} : { status: filter }),
  });
  const cancel = useCancelRegistration(sessionId);
  const [cancelled, setCancelled] = useState<string | null>(null);

  function cancelOne(r: Registration) {
    setCancelled(null);
    cancel.mutate(
      { registrationId: r.id, etag: etagOf(r.version) },
      { onSuccess: () => setCancelled(r.businessName) },
    );
  }

  const stale = isStatus(cancel.error, 412);
  const filters: Filter[] = ['all', ...registrationStatusValues];
  const filterLabel = (f: Filter) => (f === 'all' ? t('training.registrations.all') : label(registrationStatusLabels, f, t));

  return (
    <section className="training-registrations" aria-labelledby="training-registrations-title">
      <h2 id="training-registrations-title">{t('training.registrations.title')}</h2>
      <div className="training-toggle" role="group" aria-label={t('training.registrations.filter')}>
        {filters.map((f) => (
          <button
            key={f}
            type="button"
            className="button button-secondary button-small"
            aria-pressed={filter === f}
            onClick={() => {
              setFilter(f);
              setPage(1);
            }}
          >
            {filterLabel(f)}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {stale && (
          <div className="alert alert-warning" role="alert">
            <p>{t('training.registrations.stale')}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                cancel.reset();
                void query.refetch();
              }}
            >
              {t('training.detail.reload')}
            </button>
          </div>
        )}
        {cancel.isError && !stale && (
          <div className="alert alert-error" role="alert">
            {problemText(cancel.error) ?? t('states.error')}
          </div>
        )}
        {cancelled && (
          <div className="alert alert-success" role="status">
            {t('training.registrations.cancelled', { name: cancelled })}
          </div>
        )}
      </div>
      <PagedResults query={query} empty={t('training.registrations.empty')} onPageChange={setPage}>
        {(data) => (
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('training.registrations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.registrations.business')}</th>
                  <th scope="col">{t('training.registrations.kecamatan')}</th>
                  <th scope="col">{t('training.registrations.phone')}</th>
                  <th scope="col">{t('training.registrations.status')}</th>
                  <th scope="col">{t('training.registrations.attendance')}</th>
                  <th scope="col">{t('training.registrations.registeredAt')}</th>
                  {canCancel && <th scope="col">{t('training.registrations.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="cell-name">
                      <Link to={`/businesses/${encodeURIComponent(r.businessId)}?tab=training`}>{r.businessName}</Link>
                      <span className="muted small training-cell-sub">
                        {r.ownerName} · <span className="mono">{r.nib}</span>
                      </span>
                    </th>
                    <td>{r.kecamatanName}</td>
                    <td className="mono">{r.phone ?? '—'}</td>
                    <td>
                      <StatusBadge family="registration" value={r.status} />
                      {r.status === 'waitlisted' && r.waitlistPosition != null && (
                        <span className="training-cell-sub">{t('training.registrations.position', { position: r.waitlistPosition })}</span>
                      )}
                    </td>
                    <td>
                      {r.attended === true
                        ? t('training.attendance.attended')
                        : r.attended === false
                          ? t('training.attendance.absent')
                          : '—'}
                      {r.outcomeNote && <span className="muted small training-cell-sub">{r.outcomeNote}</span>}
                    </td>
                    <td>{formatDateTime(r.registeredAt, locale)}</td>
                    {canCancel && (
                      <td>
                        {r.status !== 'cancelled' && (
                          <button
                            type="button"
                            className="button button-ghost button-small"
                            disabled={cancel.isPending}
                            onClick={() => cancelOne(r)}
                          >
                            {t('training.registrations.cancel')}{' '}
                            <span className="visually-hidden">{r.businessName}</span>
                          </button>
                        )}
                      </td>
                    )}
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
