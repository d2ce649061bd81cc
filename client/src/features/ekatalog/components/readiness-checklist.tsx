import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, localeFor } from '@/lib/format';
import type { Readiness } from '../api/types';
import { isRequirementCode } from '../utils/workflow';
import { label, nextSteps, placeLabels, requirementLabel, type FixPlace } from './labels';
import { StatusBadge } from '@/components/status-badge';

type Props = {
  readiness: Readiness;
  businessId: string;
  /** Editors get links to where each item is fixed; viewers read what is needed. */
  canEdit: boolean;
  onOpenTaxForm: () => void;
};

export function ReadinessChecklist({ readiness, businessId, canEdit, onOpenTaxForm }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const base = `/businesses/${encodeURIComponent(businessId)}`;
  const hrefs: Record<Exclude<FixPlace, 'tax'>, string> = {
    edit: `${base}/edit`,
    products: `${base}?tab=products`,
    overview: base,
  };

  return (
    <ul className="checklist">
      {readiness.requirements.map((r) => {
        const step = isRequirementCode(r.code) ? nextSteps[r.code] : null;
        return (
          <li key={r.code} className={`checklist-item checklist-${r.status}`}>
            <div className="checklist-head">
              <StatusBadge family="requirement" value={r.status} />
              {/* codes added by the requirements catalogue (issue #16) carry their own title and next step */}
              <h3>{isRequirementCode(r.code) ? requirementLabel(r.code, t) : r.title}</h3>
            </div>
            <p className="small">{r.reason}</p>
            {r.status === 'expiring' && r.expiresOn && (
              <p className="small">{t('ekatalog.expiresOn', { date: formatDate(r.expiresOn, locale) })}</p>
            )}
            {!step && r.nextStep && r.status !== 'met' && (
              <div className="next-step">
                <p>
                  <strong>{t('ekatalog.nextStep')}</strong> {r.nextStep}
                </p>
              </div>
            )}
            {r.status !== 'met' && step && (
              <div className="next-step">
                <p>
                  <strong>{t('ekatalog.nextStep')}</strong> {step.text(t)}
                </p>
                {canEdit &&
                  (step.place === 'tax' ? (
                    <button type="button" className="button button-secondary button-small" onClick={onOpenTaxForm}>
                      {label(placeLabels, 'tax', t)}
                    </button>
                  ) : (
                    <Link className="button button-secondary button-small" to={hrefs[step.place]}>
                      {label(placeLabels, step.place, t)}
                    </Link>
                  ))}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
