import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, localeFor } from '@/lib/format';
import type { ExportCase } from '../api/types';
import { countryName } from '../utils/countries';
import { CaseBadges } from './case-card';
import { commodityLabels, label, stageLabels } from './labels';

type Column = 'business' | 'product' | 'overdue' | 'opened';

/** A semantic table of cases: how long each has been in its stage against the target. */
export function CaseTable({
  items,
  caption,
  columns = ['business', 'overdue'],
  expiringIds,
  busy,
}: {
  items: ExportCase[];
  caption: string;
  columns?: Column[];
  expiringIds?: Set<string>;
  busy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const show = (c: Column) => columns.includes(c);
  return (
    <div className="table-wrap" aria-busy={busy || undefined}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('export-cases.columns.case')}</th>
            {show('business') && <th scope="col">{t('export-cases.fields.business')}</th>}
            <th scope="col">{t('export-cases.fields.commodity')}</th>
            {show('product') && <th scope="col">{t('export-cases.fields.productDescription')}</th>}
            <th scope="col">{t('export-cases.fields.destinationCountry')}</th>
            <th scope="col">{t('export-cases.fields.stage')}</th>
            <th scope="col" className="ec-num">
              {t('export-cases.columns.daysInStage')}
            </th>
            <th scope="col" className="ec-num">
              {t('export-cases.columns.target')}
            </th>
            {show('overdue') && <th scope="col">{t('export-cases.columns.status')}</th>}
            <th scope="col">{t('export-cases.fields.assignedOfficer')}</th>
            {show('opened') && <th scope="col">{t('export-cases.fields.openedOn')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/export-cases/${encodeURIComponent(c.id)}`}>
                  {show('business') ? `#${c.id}` : t('export-cases.caseName', { id: c.id, business: c.businessName })}
                </Link>
              </th>
              {show('business') && <td>{c.businessName}</td>}
              <td>{label(commodityLabels, c.commodity, t)}</td>
              {show('product') && <td>{c.productDescription}</td>}
              <td>{countryName(c.destinationCountry, locale)}</td>
              <td>{label(stageLabels, c.stage, t)}</td>
              <td className="ec-num">{c.daysInStage}</td>
              <td className="ec-num">{c.targetDays ?? '—'}</td>
              {show('overdue') && (
                <td>
                  <CaseBadges exportCase={c} expiring={expiringIds?.has(c.id)} />
                </td>
              )}
              <td>{c.assignedOfficerName}</td>
              {show('opened') && <td>{formatDate(c.openedOn, locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
