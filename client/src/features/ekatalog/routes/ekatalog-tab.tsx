import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/states';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import type { BusinessTabProps } from '@/lib/features/types';
import { formatDateTime, localeFor } from '@/lib/format';
import { sharedKeys } from '@/lib/query-keys';
import { ekatalogKeys, useReadiness, type TransitionResult } from '../api/ekatalog';
import type { EkatalogStatus } from '../api/types';
import { label, statusLabels } from '../components/labels';
import { ReadinessChecklist } from '../components/readiness-checklist';
import { TaxStatusSection } from '../components/tax-status-form';
import { TransitionHistory } from '../components/transition-history';
import { WorkflowPanel } from '../components/workflow-panel';
import '../ekatalog.css';
import { StatusBadge } from '@/components/status-badge';

/** The business page's "Kesiapan e-katalog" tab: checklist, what to do next, KSWP, workflow, history. */
export default function EkatalogTab({ business, etag }: BusinessTabProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { session } = useAuth();
  const canEdit = hasRole(session?.user.role, EDITOR_ROLES);
  const queryClient = useQueryClient();
  const readiness = useReadiness(business.id);
  const taxHeading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A step moves the business's version; until the page has read the business again, the step's
  // own answer is the latest word on its status and ETag.
  const [latest, setLatest] = useState<{ version: number; etag: string | null; status: EkatalogStatus } | null>(null);
  const current =
    latest && latest.version > business.version ? latest : { version: business.version, etag, status: business.ekatalogStatus };

  function done(result: TransitionResult) {
    setLatest({ version: result.transition.businessVersion, etag: result.etag, status: result.transition.to });
    setMessage(t('ekatalog.workflow.done', { status: label(statusLabels, result.transition.to, t) }));
  }

  function openTaxForm() {
    taxHeading.current?.scrollIntoView?.({ block: 'start' });
    taxHeading.current?.focus();
  }

  return (
    <div className="ekatalog-tab">
      <section aria-labelledby="readiness-title" className="readiness">
        <h2 id="readiness-title">{t('ekatalog.readiness.title')}</h2>
        {readiness.isPending ? (
          <LoadingState />
        ) : readiness.isError ? (
          <ErrorState error={readiness.error} onRetry={() => void readiness.refetch()} />
        ) : (
          <>
            <div className={readiness.data.isReady ? 'alert alert-success' : 'alert alert-warning'} role="status">
              <p>
                <strong>
                  {readiness.data.isReady
                    ? t('ekatalog.readiness.ready')
                    : t('ekatalog.readiness.missingCount', { count: readiness.data.missing.length })}
                </strong>
              </p>
              <p className="small">{t('ekatalog.readiness.computedAt', { when: formatDateTime(readiness.data.computedAt, locale) })}</p>
            </div>
            <ReadinessChecklist readiness={readiness.data} businessId={business.id} canEdit={canEdit} onOpenTaxForm={openTaxForm} />
          </>
        )}
      </section>

      <section aria-labelledby="workflow-title" className="workflow-section">
        <h2 id="workflow-title">{t('ekatalog.workflow.title')}</h2>
        {message && (
          <p className="alert alert-success" role="status">
            {message}
          </p>
        )}
        {canEdit ? (
          <WorkflowPanel
            businessId={business.id}
            status={current.status}
            etag={current.etag}
            isReady={readiness.data?.isReady ?? false}
            onDone={done}
            onReload={() => {
              setLatest(null);
              void queryClient.invalidateQueries({ queryKey: sharedKeys.businesses });
              void queryClient.invalidateQueries({ queryKey: ekatalogKeys.all });
            }}
          />
        ) : (
          <p>
            {t('ekatalog.workflow.current')}{' '}
            <StatusBadge family="ekatalog" value={current.status} />
          </p>
        )}
        <h3>{t('ekatalog.history.title')}</h3>
        <TransitionHistory businessId={business.id} />
      </section>

      <TaxStatusSection
        ref={taxHeading}
        businessId={business.id}
        canEdit={canEdit}
        onRecorded={() => setMessage(t('ekatalog.tax.recorded'))}
      />
    </div>
  );
}
