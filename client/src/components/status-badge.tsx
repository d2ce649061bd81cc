import { useTranslation } from 'react-i18next';
import { statusBadgeClass, statusLabel, type StatusFamily, type StatusOf } from '@/lib/status-labels';

/** A status as a badge: its words and its colour, the same on every page that shows it. */
export function StatusBadge<F extends StatusFamily>({ family, value }: { family: F; value: StatusOf<F> | (string & {}) }) {
  const { t } = useTranslation();
  return <span className={statusBadgeClass(family, value)}>{statusLabel(family, value, t)}</span>;
}
