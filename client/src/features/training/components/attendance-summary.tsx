import { useTranslation } from 'react-i18next';
import { formatNumber, localeFor } from '@/lib/format';
import { useAttendanceReport } from '../api/training-reports';
import type { TrainingSession } from '../api/types';
import { jakartaDate, percent } from '../utils/time';

/** The session's attendance as the API counts it (GetAttendanceReport for the session's start day). */
export function AttendanceSummary({ session }: { session: TrainingSession }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const day = jakartaDate(session.startsAt);
  const report = useAttendanceReport(day, day);
  const line = report.data?.sessions.find((s) => s.sessionId === session.id);
  if (!line) return null;
  const c = line.counts;
  const rate = percent(c.attendanceRate, locale);
  return (
    <section className="detail-section training-attendance-summary" aria-labelledby="training-attendance-summary">
      <h2 id="training-attendance-summary">{t('training.attendance.summaryTitle')}</h2>
      <p className="training-rate">
        {rate ? t('training.attendance.rate', { rate }) : t('training.attendance.noRate')}
      </p>
      <dl className="detail-list">
        <div className="detail-item">
          <dt>{t('training.attendance.attended')}</dt>
          <dd>{formatNumber(c.attended, locale)}</dd>
        </div>
        <div className="detail-item">
          <dt>{t('training.attendance.absent')}</dt>
          <dd>{formatNumber(c.absent, locale)}</dd>
        </div>
        <div className="detail-item">
          <dt>{t('training.attendance.notRecorded')}</dt>
          <dd>{formatNumber(c.notRecorded, locale)}</dd>
        </div>
      </dl>
    </section>
  );
}
