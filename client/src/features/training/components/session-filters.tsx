import { useTranslation } from 'react-i18next';
import { labelOptions } from '@/lib/status-labels';
import { SelectField } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { statusLabels, topicLabels } from '../utils/labels';
import type { SessionListParams } from '../utils/session-list-params';

type Props = { params: SessionListParams; onChange: (changes: Partial<SessionListParams>) => void };

export function SessionFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const all = { value: '', label: t('training.filters.all') };
  return (
    <section className="filters" aria-label={t('training.filters.legend')}>
      <div className="filter-selects">
        <SelectField
          label={t('training.filters.topic')}
          name="topic"
          value={params.topic}
          onChange={(e) => onChange({ topic: e.target.value as SessionListParams['topic'] })}
          options={[all, ...labelOptions(topicLabels, t)]}
        />
        <SelectField
          label={t('training.filters.status')}
          name="status"
          value={params.status}
          onChange={(e) => onChange({ status: e.target.value as SessionListParams['status'] })}
          options={[all, ...labelOptions(statusLabels, t)]}
        />
        <KecamatanSelect
          label={t('training.filters.kecamatan')}
          name="kecamatan"
          value={params.kecamatan}
          onChange={(e) => onChange({ kecamatan: e.target.value })}
          blank={all.label}
        />
      </div>
    </section>
  );
}
