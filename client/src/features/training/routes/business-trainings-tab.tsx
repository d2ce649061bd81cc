import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { formatDateTime, localeFor } from '@/lib/format';
import type { BusinessTabProps } from '@/lib/features/types';
import { useBusinessTrainings } from '../api/list-business-trainings';
import { label, registrationStatusLabels, statusLabels, topicLabels } from '../utils/labels';
import '../training.css';

/** The "Pelatihan" tab of the business page: every session the business registered for, newest first. */
export default function BusinessTrainingsTab({ business }: BusinessTabProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [page, setPage] = useState(1);
  const query = useBusinessTrainings(business.id, page);

  return (
    <PagedResults query={query} empty={t('training.history.empty')} onPageChange={setPage}>
      {(data) => (
        <section aria-labelledby="training-history-title">
          <h2 id="training-history-title">{t('training.history.title')}</h2>
          <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">{t('training.history.caption', { name: business.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.columns.title')}</th>
                  <th scope="col">{t('training.columns.startsAt')}</th>
                  <th scope="col">{t('training.columns.kecamatan')}</th>
                  <th scope="col">{t('training.history.registration')}</th>
                  <th scope="col">{t('training.registrations.attendance')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.registrationId}>
                    <th scope="row" className="cell-name">
                      <Link to={`/training/${encodeURIComponent(item.sessionId)}`}>{item.title}</Link>
                      <span className="muted small training-cell-sub">
                        {label(topicLabels, item.topic, t)} · {item.quarter} · {label(statusLabels, item.sessionStatus, t)}
                      </span>
                    </th>
                    <td>{formatDateTime(item.startsAt, locale)}</td>
                    <td>{item.kecamatanName}</td>
                    <td>{label(registrationStatusLabels, item.registrationStatus, t)}</td>
                    <td>
                      {item.attended === true
                        ? t('training.attendance.attended')
                        : item.attended === false
                          ? t('training.attendance.absent')
                          : '—'}
                      {item.outcomeNote && <span className="muted small training-cell-sub">{item.outcomeNote}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </PagedResults>
  );
}
