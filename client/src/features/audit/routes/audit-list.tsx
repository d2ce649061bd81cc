import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form-field';
import { PagedResults } from '@/components/paged-results';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useAuditEvents } from '../api/list-audit-events';
import { AuditTable } from '../components/audit-table';
import { ACTOR_TYPES, actorTypeLabel, ENTITY_TYPES, entityTypeLabel } from '../components/labels';
import { auditListSpec, toAuditQuery, type AuditFilter } from '../utils/audit-params';

type Filters = Record<AuditFilter, string>;

export default function AuditListPage() {
  const { t } = useTranslation();
  const { state, update, setPage, filtered, clear, search } = useListState(auditListSpec);
  const query = useAuditEvents(toAuditQuery(state));
  useDocumentTitle(t('audit.title'));

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('audit.title')}</h1>
      </div>
      <p className="muted">{t('audit.intro')}</p>
      <AuditFilters
        // a new URL (back/forward, clear) starts the form from it
        key={search}
        initial={state.filters}
        onApply={(filters) => update({}, filters)}
        onClear={clear}
      />
      <PagedResults query={query} empty={filtered ? t('audit.emptyFiltered') : t('audit.empty')} onPageChange={setPage}>
        {(data) => <AuditTable items={data.items} busy={query.isPlaceholderData} />}
      </PagedResults>
    </div>
  );
}

function AuditFilters({ initial, onApply, onClear }: { initial: Filters; onApply: (f: Filters) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Filters>(initial);
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const all = { value: '', label: t('audit.filters.all') };
  // a value in the URL that the list does not know is still offered, so the select shows it
  const withCurrent = (known: string[], current: string) => (current && !known.includes(current) ? [...known, current] : known);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      entityType: values.entityType.trim(),
      entityId: values.entityId.trim(),
      actorType: values.actorType.trim(),
      actorId: values.actorId.trim(),
      from: values.from,
      to: values.to,
    });
  }

  return (
    <form className="audit-filters" aria-label={t('audit.filters.legend')} onSubmit={submit}>
      <SelectField
        label={t('audit.filters.entityType')}
        name="entityType"
        value={values.entityType}
        onChange={set('entityType')}
        options={[all, ...withCurrent(ENTITY_TYPES, values.entityType).map((v) => ({ value: v, label: entityTypeLabel(v, t) }))]}
      />
      <TextField label={t('audit.filters.entityId')} name="entityId" value={values.entityId} onChange={set('entityId')} />
      <SelectField
        label={t('audit.filters.actorType')}
        name="actorType"
        value={values.actorType}
        onChange={set('actorType')}
        options={[all, ...withCurrent(ACTOR_TYPES, values.actorType).map((v) => ({ value: v, label: actorTypeLabel(v, t) }))]}
      />
      <TextField label={t('audit.filters.actorId')} name="actorId" value={values.actorId} onChange={set('actorId')} />
      <TextField label={t('audit.filters.from')} name="from" type="date" value={values.from} onChange={set('from')} />
      <TextField label={t('audit.filters.to')} name="to" type="date" value={values.to} onChange={set('to')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('audit.filters.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClear}>
          {t('audit.filters.clear')}
        </button>
      </div>
    </form>
  );
}
