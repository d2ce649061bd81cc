import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Business } from '@/lib/api/types';
import { formatDate, formatDateTime, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { genderLabels, label, scaleLabels, sectorLabels } from './labels';
import { StatusBadge } from '@/components/status-badge';

function Field({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="detail-item">
      <dt>{term}</dt>
      <dd className={mono ? 'mono' : undefined}>{children ?? '—'}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section">
      <h2>{title}</h2>
      <dl className="detail-list">{children}</dl>
    </section>
  );
}

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

export function BusinessDetailView({ business: b }: { business: Business }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <div className="detail-grid">
      <Section title={t('businesses.detail.sections.business')}>
        <Field term={t('businesses.detail.fields.name')}>{b.name}</Field>
        <Field term={t('businesses.detail.fields.nib')} mono>
          {b.nib}
        </Field>
        <Field term={t('businesses.detail.fields.npwp')} mono>
          {dash(b.npwp)}
        </Field>
        <Field term={t('businesses.detail.fields.kbli')}>
          {!b.kbli || b.kbli.length === 0 ? (
            '—'
          ) : (
            <ul className="plain-list">
              {b.kbli.map((k) => (
                <li key={`${k.version}-${k.code}`}>
                  {t('businesses.detail.fields.kbliEntry', { code: k.code, version: k.version })}
                  {b.kbliWarnings?.some((w) => w.code === k.code && w.version === k.version) && (
                    <span className="small muted"> {t('businesses.detail.fields.kbliUnknown')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field term={t('businesses.detail.fields.sector')}>{label(sectorLabels, b.sector, t)}</Field>
        <Field term={t('businesses.detail.fields.status')}>
          <StatusBadge family="business" value={b.status} />
        </Field>
        <Field term={t('businesses.detail.fields.ekatalogStatus')}>
          <StatusBadge family="ekatalog" value={b.ekatalogStatus} />
        </Field>
        <Field term={t('businesses.detail.fields.foundedYear')}>{dash(b.foundedYear)}</Field>
        <Field term={t('businesses.detail.fields.fosteredSince')}>{formatDate(b.fosteredSince, locale)}</Field>
      </Section>

      <Section title={t('businesses.detail.sections.owner')}>
        <Field term={t('businesses.detail.fields.ownerName')}>{b.ownerName}</Field>
        {/* shown exactly as the API returns it: masked for roles that may not see it */}
        <Field term={t('businesses.detail.fields.ownerNik')} mono>
          {dash(b.ownerNik)}
        </Field>
        <Field term={t('businesses.detail.fields.ownerGender')}>{label(genderLabels, b.ownerGender, t)}</Field>
      </Section>

      <Section title={t('businesses.detail.sections.location')}>
        <Field term={t('businesses.detail.fields.address')}>{dash(b.address)}</Field>
        <Field term={t('businesses.detail.fields.kelurahan')}>{dash(b.kelurahan)}</Field>
        <Field term={t('businesses.detail.fields.kecamatan')}>{b.kecamatanName}</Field>
        <Field term={t('businesses.detail.fields.phone')} mono>
          {b.phone ? <a href={`tel:${b.phone}`}>{b.phone}</a> : '—'}
        </Field>
        <Field term={t('businesses.detail.fields.email')}>{b.email ? <a href={`mailto:${b.email}`}>{b.email}</a> : '—'}</Field>
      </Section>

      <Section title={t('businesses.detail.sections.finance')}>
        <Field term={t('businesses.detail.fields.scale')}>{label(scaleLabels, b.scale, t)}</Field>
        <Field term={t('businesses.detail.fields.employees')}>{formatNumber(b.employees, locale)}</Field>
        <Field term={t('businesses.detail.fields.businessCapitalIdr')}>{formatRupiah(b.businessCapitalIdr)}</Field>
        <Field term={t('businesses.detail.fields.annualRevenueIdr')}>{formatRupiah(b.annualRevenueIdr)}</Field>
      </Section>

      <Section title={t('businesses.detail.sections.record')}>
        <Field term={t('businesses.detail.fields.createdAt')}>{formatDateTime(b.createdAt, locale)}</Field>
        <Field term={t('businesses.detail.fields.updatedAt')}>{formatDateTime(b.updatedAt, locale)}</Field>
        <Field term={t('businesses.detail.fields.version')}>{b.version}</Field>
      </Section>
    </div>
  );
}
