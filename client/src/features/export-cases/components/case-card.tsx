import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/lib/format';
import { etagOf } from '@/lib/api/if-match';
import type { ExportCase } from '../api/types';
import { countryName } from '../utils/countries';
import { commodityLabels, label } from './labels';
import { MoveControls, type StageMover } from './stage-move';

type Props = {
  exportCase: ExportCase;
  expiring: boolean;
  canMove: boolean;
  mover: StageMover;
  onDragStart?: (c: ExportCase) => void;
  onDragEnd?: () => void;
};

export function StageClock({ exportCase }: { exportCase: ExportCase }) {
  const { t } = useTranslation();
  return (
    <span className="ec-clock">
      {exportCase.targetDays != null
        ? t('export-cases.clock.withTarget', { days: exportCase.daysInStage, target: exportCase.targetDays })
        : t('export-cases.clock.days', { days: exportCase.daysInStage })}
    </span>
  );
}

export function CaseBadges({ exportCase, expiring }: { exportCase: ExportCase; expiring?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {exportCase.isOverdue && <span className="badge ec-badge-overdue">{t('export-cases.badge.overdue', { days: exportCase.daysOverdue })}</span>}
      {expiring && <span className="badge ec-badge-expiring">{t('export-cases.badge.expiring')}</span>}
    </>
  );
}

/** A board card; draggable for pointer users, with buttons for everyone else. */
export function CaseCard({ exportCase: c, expiring, canMove, mover, onDragStart, onDragEnd }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = `ec-card-${c.id}`;
  return (
    <article
      className={c.isOverdue ? 'ec-card ec-card-overdue' : 'ec-card'}
      aria-labelledby={titleId}
      data-case-id={c.id}
      draggable={canMove && c.allowedStages.length > 0}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', c.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart?.(c);
      }}
      onDragEnd={() => onDragEnd?.()}
    >
      <h3 className="ec-card-title" id={titleId}>
        <Link to={`/export-cases/${encodeURIComponent(c.id)}`}>{c.businessName}</Link>
        <span className="muted small"> #{c.id}</span>
      </h3>
      <p className="ec-card-line">
        {label(commodityLabels, c.commodity, t)} · {countryName(c.destinationCountry, localeFor(i18n.language))}
      </p>
      <p className="ec-card-line small">
        <StageClock exportCase={c} />
      </p>
      {(c.isOverdue || expiring) && (
        <p className="ec-card-badges">
          <CaseBadges exportCase={c} expiring={expiring} />
        </p>
      )}
      <p className="ec-card-line small muted">{t('export-cases.card.officer', { name: c.assignedOfficerName })}</p>
      {canMove && <MoveControls exportCase={c} etag={etagOf(c.version)} mover={mover} describedBy={titleId} />}
    </article>
  );
}
