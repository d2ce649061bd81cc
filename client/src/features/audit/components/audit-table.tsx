import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, localeFor } from '@/lib/format';
import type { AuditEvent } from '../api/list-audit-events';
import { changesOf, showValue } from '../utils/audit-params';
import { actorTypeLabel, eventAction, eventActor, eventEntityType } from './labels';
import '../audit.css';

/** Audit events, newest first as the API sends them; each changed field as before → after. */
export function AuditTable({ items, busy, showEntity = true }: { items: AuditEvent[]; busy?: boolean; showEntity?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <div className="table-wrap" aria-busy={busy || undefined}>
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.occurredAt')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            {showEntity && <th scope="col">{t('audit.columns.entity')}</th>}
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((event) => {
            const changes = changesOf(event.changes);
            return (
              <tr key={event.id}>
                <td className="nowrap">{formatDateTime(event.occurredAt, locale)}</td>
                <td>
                  {eventActor(event, t)}
                  <span className="small muted audit-sub">
                    {actorTypeLabel(event.actorType, t)}
                    {event.actorId ? ` #${event.actorId}` : ''}
                  </span>
                </td>
                {showEntity && (
                  <td>
                    {event.entityType === 'business' ? (
                      <Link to={`/businesses/${encodeURIComponent(event.entityId)}`}>
                        {eventEntityType(event, t)} #{event.entityId}
                      </Link>
                    ) : (
                      <>
                        {eventEntityType(event, t)} #{event.entityId}
                      </>
                    )}
                  </td>
                )}
                <td>{eventAction(event, t)}</td>
                <td>
                  {changes.length === 0 ? (
                    <span className="muted">{t('audit.noChanges')}</span>
                  ) : (
                    <ul className="change-list">
                      {changes.map((change) => (
                        <li key={change.field}>
                          <span className="change-field">{change.field}</span>:{' '}
                          <del className="change-from">
                            <span className="visually-hidden">{t('audit.before')} </span>
                            {showValue(change.from)}
                          </del>{' '}
                          <span aria-hidden="true">→</span>{' '}
                          <ins className="change-to">
                            <span className="visually-hidden">{t('audit.after')} </span>
                            {showValue(change.to)}
                          </ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
