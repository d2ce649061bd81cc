import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDateTime, formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useTrainingSession } from '../api/get-training-session';
import { AttendanceSummary } from '../components/attendance-summary';
import { ExportButtons } from '../components/export-buttons';
import { RegisterBusiness } from '../components/register-business';
import { RegistrationsPanel } from '../components/registrations-panel';
import { StatusBadge } from '@/components/status-badge';
import { StatusActions } from '../components/status-actions';
import { label, topicLabels } from '../utils/labels';
import { isStatus } from '../utils/problem';
import '../training.css';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export type SavedState = { saved?: 'created' | 'updated' | 'attendance' };

export default function SessionDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const { session: auth } = useAuth();
  const query = useTrainingSession(id);
  const location = useLocation();
  const saved = (location.state as SavedState | null)?.saved;
  const canWrite = hasRole(auth?.user.role, EDITOR_ROLES);
  useDocumentTitle(query.data?.session.title);

  const back = (
    <p>
      <Link to="/training" className="back-link">
        ← {t('training.detail.back')}
      </Link>
    </p>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isStatus(query.error, 404);
    return (
      <div className="page">
        {back}
        <ErrorState
          error={query.error}
          message={notFound ? t('training.detail.notFound') : undefined}
          onRetry={notFound ? undefined : () => void query.refetch()}
        />
      </div>
    );
  }

  const { session, etag } = query.data;
  const started = new Date(session.startsAt).getTime() <= Date.now();
  const editable = session.status === 'planned' || session.status === 'open';
  const attendanceAllowed = session.status === 'completed' || (session.status === 'open' && started);
  const savedText = {
    created: t('training.detail.created'),
    updated: t('training.detail.updated'),
    attendance: t('training.detail.attendanceSaved'),
  };

  return (
    <div className="page">
      {back}
      <div className="page-header">
        <h1>
          {session.title} <StatusBadge family="training" value={session.status} />
        </h1>
        {canWrite && (
          <div className="page-actions page-header-action">
            {editable && (
              <Link to={`/training/${encodeURIComponent(session.id)}/edit`} className="button button-secondary">
                {t('training.detail.edit')}
              </Link>
            )}
            {attendanceAllowed && (
              <Link to={`/training/${encodeURIComponent(session.id)}/attendance`} className="button button-primary">
                {t('training.detail.takeAttendance')}
              </Link>
            )}
          </div>
        )}
      </div>
      {saved && (
        <div className="alert alert-success" role="status">
          {savedText[saved]}
        </div>
      )}
      {canWrite && <StatusActions session={session} etag={etag} onReload={() => void query.refetch()} />}

      <div className="detail-grid">
        <section className="detail-section">
          <h2>{t('training.detail.about')}</h2>
          <dl className="detail-list">
            <Item term={t('training.fields.topic')}>{label(topicLabels, session.topic, t)}</Item>
            <Item term={t('training.fields.trainer')}>{session.trainer}</Item>
            <Item term={t('training.fields.venue')}>{session.venue}</Item>
            <Item term={t('training.fields.kecamatan')}>{session.kecamatanName}</Item>
            <Item term={t('training.fields.startsAt')}>{formatDateTime(session.startsAt, locale)}</Item>
            <Item term={t('training.fields.endsAt')}>{formatDateTime(session.endsAt, locale)}</Item>
            <Item term={t('training.fields.quarter')}>{session.quarter}</Item>
            {session.description && <Item term={t('training.fields.description')}>{session.description}</Item>}
          </dl>
        </section>
        <section className="detail-section">
          <h2>{t('training.detail.seats')}</h2>
          <dl className="detail-list">
            <Item term={t('training.fields.capacity')}>{formatNumber(session.capacity, locale)}</Item>
            <Item term={t('training.detail.confirmed')}>{formatNumber(session.confirmedCount, locale)}</Item>
            <Item term={t('training.detail.seatsLeft')}>{formatNumber(session.seatsLeft, locale)}</Item>
            <Item term={t('training.detail.waitlisted')}>{formatNumber(session.waitlistedCount, locale)}</Item>
          </dl>
        </section>
        {session.status !== 'cancelled' && started && <AttendanceSummary session={session} />}
      </div>

      {canWrite && session.status === 'open' && <RegisterBusiness session={session} />}
      {canWrite && session.status === 'planned' && <p className="alert alert-warning">{t('training.register.openFirst')}</p>}

      <RegistrationsPanel sessionId={session.id} canCancel={canWrite && session.status === 'open'} />
      <ExportButtons sessionId={session.id} />
    </div>
  );
}
