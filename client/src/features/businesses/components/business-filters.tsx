import { useTranslation } from 'react-i18next';
import { labelOptions } from '@/lib/status-labels';
import { SelectField } from '@/components/form-field';
import { SearchBox } from '@/components/search-box';
import { KecamatanSelect } from '@/components/kecamatan-select';
import type { BusinessFilter } from '../utils/list-params';
import { ekatalogLabels, scaleLabels, statusLabels } from './labels';

type Props = {
  filters: Record<BusinessFilter, string>;
  onChange: (changes: Partial<Record<BusinessFilter, string>>) => void;
};

export function BusinessFilters({ filters: params, onChange }: Props) {
  const { t } = useTranslation();
  const all = { value: '', label: t('businesses.filters.all') };

  return (
    <section className="filters" aria-label={t('businesses.filters.legend')}>
      <SearchBox
        id="business-search"
        name="q"
        label={t('businesses.filters.q')}
        buttonLabel={t('businesses.filters.search')}
        initial={params.q}
        onSearch={(q) => onChange({ q })}
      />
      <div className="filter-selects">
        <KecamatanSelect
          label={t('businesses.filters.kecamatan')}
          name="kecamatan"
          value={params.kecamatan}
          onChange={(e) => onChange({ kecamatan: e.target.value })}
          blank={all.label}
        />
        <SelectField
          label={t('businesses.filters.scale')}
          name="scale"
          value={params.scale}
          onChange={(e) => onChange({ scale: e.target.value })}
          options={[all, ...labelOptions(scaleLabels, t)]}
        />
        <SelectField
          label={t('businesses.filters.status')}
          name="status"
          value={params.status}
          onChange={(e) => onChange({ status: e.target.value })}
          options={[all, ...labelOptions(statusLabels, t)]}
        />
        <SelectField
          label={t('businesses.filters.ekatalogStatus')}
          name="ekatalogStatus"
          value={params.ekatalogStatus}
          onChange={(e) => onChange({ ekatalogStatus: e.target.value })}
          options={[all, ...labelOptions(ekatalogLabels, t)]}
        />
      </div>
    </section>
  );
}
