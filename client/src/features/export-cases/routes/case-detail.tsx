import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatDate, formatDateTime, formatRupiah, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useExportCase } from '../api/get-export-case';
import { CaseBadges, StageClock } from '../components/case-card';
import { DocumentChecklist } from '../components/document-checklist';
import { PlotsPanel } from '../components/plots-panel';
import { commodityLabels, label, outcomeLabels, stageLabels, unitLabels } from '../components/labels';
import { MoveControls, MoveFeedback, MoveNotePanel, useStageMove } from '../components/stage-move';
import { ExportSubNav } from '../components/sub-nav';
import { Timeline } from '../components/timeline';
import { countryName } from '../utils/countries';
import { formatHsCode, formatUsd, formatVolume } from '../utils/format';
import { isOpenStage } from '../utils/stages';

function Field({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="detail-item">
      <dt>{term}</dt>
      <dd className={mono ? 'mono' : undefined}>{children}</dd>
    </div>
  );
}

export default function ExportCaseDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const { session } = useAuth();
  const canWrite = hasRole(session?.user.role, EDITOR_ROLES);
  const query = useExportCase(id);
  const mover = useStageMove();
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const c = query.data?.exportCase;
  useDocumentTitle(c ? t('export-cases.caseName', { id: c.id, business: c.businessName }) : undefined);

  const loadedId = c?.id;
  useEffect(() => {
    if (loadedId && location.hash === '#documents') document.getElementById('documents')?.scrollIntoView();
  }, [loadedId, location.hash]);

  const back = (
    <p>
      <Link to="/export-cases" className="back-link">
        ← {t('export-cases.detail.back')}
      </Link>
    </p>
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError || !c) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState
          error={query.error}
          message={notFound ? t('export-cases.detail.notFound') : undefined}
          onRetry={notFound ? undefined : () => void query.refetch()}
        />
      </div>
    );
  }

  const etag = query.data.etag;
  const open = isOpenStage(c.stage);
  return (
    <div className="page ec-page">
      {back}
      <div className="page-header">
        <h1>{t('export-cases.caseName', { id: c.id, business: c.businessName })}</h1>
        {canWrite && open && (
          <div className="page-actions">
            <Link to={`/export-cases/${encodeURIComponent(c.id)}/edit`} className="button button-primary">
              {t('export-cases.detail.edit')}
            </Link>
          </div>
        )}
      </div>
      <ExportSubNav />
      {saved && !mover.last && (
        <div className="alert alert-success" role="status">
          {saved === 'created' ? t('export-cases.detail.created') : t('export-cases.detail.updated')}
        </div>
      )}

      <section className="ec-stage-panel" aria-labelledby="ec-stage-heading">
        <h2 id="ec-stage-heading">{t('export-cases.detail.stageHeading')}</h2>
        <p className="ec-stage-now">
          <strong>{label(stageLabels, c.stage, t)}</strong> · <StageClock exportCase={c} /> <CaseBadges exportCase={c} />
        </p>
        <p className="muted small">{t('export-cases.detail.stageSince', { when: formatDateTime(c.stageEnteredAt, locale) })}</p>
        {canWrite && etag && <MoveControls exportCase={c} etag={etag} mover={mover} />}
        <MoveNotePanel mover={mover} />
        <div aria-live="polite">
          <MoveFeedback mover={mover} onReload={() => void query.refetch()} />
        </div>
      </section>

      <div className="detail-grid">
        <section className="detail-section">
          <h2>{t('export-cases.detail.sections.export')}</h2>
          <dl className="detail-list">
            <Field term={t('export-cases.fields.business')}>
              <Link to={`/businesses/${encodeURIComponent(c.businessId)}`}>{c.businessName}</Link>
            </Field>
            <Field term={t('export-cases.fields.commodity')}>{label(commodityLabels, c.commodity, t)}</Field>
            <Field term={t('export-cases.fields.hsCode')} mono>
              {formatHsCode(c.hsCode)}
            </Field>
            <Field term={t('export-cases.fields.productDescription')}>{c.productDescription}</Field>
            <Field term={t('export-cases.fields.destinationCountry')}>
              {countryName(c.destinationCountry, locale)} ({c.destinationCountry})
            </Field>
            <Field term={t('export-cases.fields.volume')}>
              {formatVolume(c.volume, locale)} {label(unitLabels, c.volumeUnit, t)}
            </Field>
            <Field term={t('export-cases.fields.estimatedValueUsd')}>{formatUsd(c.estimatedValueUsd, locale)}</Field>
            <Field term={t('export-cases.fields.estimatedValueIdr')}>{formatRupiah(c.estimatedValueIdr)}</Field>
          </dl>
        </section>
        <section className="detail-section">
          <h2>{t('export-cases.detail.sections.handling')}</h2>
          <dl className="detail-list">
            <Field term={t('export-cases.fields.assignedOfficer')}>{c.assignedOfficerName}</Field>
            <Field term={t('export-cases.fields.stage')}>{label(stageLabels, c.stage, t)}</Field>
            <Field term={t('export-cases.fields.openedOn')}>{formatDate(c.openedOn, locale)}</Field>
            <Field term={t('export-cases.fields.closedOn')}>{formatDate(c.closedOn, locale)}</Field>
            <Field term={t('export-cases.fields.outcome')}>{label(outcomeLabels, c.outcome, t)}</Field>
            <Field term={t('export-cases.fields.updatedAt')}>{formatDateTime(c.updatedAt, locale)}</Field>
            <Field term={t('export-cases.fields.version')}>{c.version}</Field>
          </dl>
        </section>
      </div>

      <section className="ec-section" aria-labelledby="documents-heading" id="documents" tabIndex={-1}>
        <h2 id="documents-heading">{t('export-cases.documents.heading')}</h2>
        <DocumentChecklist exportCase={c} canEdit={canWrite} />
        {c.destinationGroup === 'EU' && ['coffee', 'rubber', 'palm_oil', 'palm_oil_derivative'].includes(c.commodity) && (
          <PlotsPanel exportCase={c} canEdit={canWrite && isOpenStage(c.stage)} />
        )}
      </section>

      <section className="ec-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('export-cases.timeline.heading')}</h2>
        <Timeline caseId={c.id} canWrite={canWrite} />
      </section>
    </div>
  );
}
