import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '@/components/form-field';
import { RupiahField } from '@/components/rupiah-field';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { formatRupiah } from '@/lib/format';
import type { AidInput } from '../api/types';
import { checkAidValues, grandTotal, lineTotal, newItemRow, toAidInput, type AidFormValues, type ClientProblem, type ItemRow } from '../utils/aid-form';
import { GroupPicker } from './group-picker';
import { PROGRAMMES } from './labels';

type Props = {
  initial: AidFormValues;
  /** The group cannot change (editing, or arrived from the group's page). */
  lockGroup?: boolean;
  onSubmit: (input: AidInput) => void;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
  cancelTo: string;
  notice?: ReactNode;
};

const fieldId = (key: string) => `af-${key.replace(/\[(\d+)\]\./g, '-$1-')}`;
const ORDER = ['groupId', 'programme', 'budgetYear', 'handedOverOn', 'handoverDocumentNumber', 'notes', 'items'];

function errorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.status === 400) return toFieldErrors(error.problem);
  if (error.status === 409) return { groupId: error.problem?.detail ?? error.message };
  return {};
}

export function AidForm({ initial, lockGroup, onSubmit, submitting, error, submitLabel, cancelTo, notice }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const focusRow = useRef<number | null>(null);
  const problemText: Record<ClientProblem, string> = {
    required: t('aid.form.errors.required'),
    positive: t('aid.form.errors.positive'),
    year: t('aid.form.errors.year'),
    noItems: t('aid.form.errors.noItems'),
  };

  function focusFirst(found: FieldErrors) {
    const keys = Object.keys(found);
    const first = ORDER.find((key) => found[key]) ?? keys.find((key) => key.startsWith('items['));
    if (first) document.getElementById(fieldId(first === 'items' ? 'items-add' : first))?.focus();
  }

  useEffect(() => {
    const fromApi = errorsOf(error);
    setErrors(fromApi);
    focusFirst(fromApi);
  }, [error]);

  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(fieldId(`items[${focusRow.current}].name`))?.focus();
    focusRow.current = null;
  }, [values.items.length]);

  function clear(...keys: string[]) {
    setErrors((current) => {
      if (!keys.some((key) => key in current)) return current;
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });
  }

  function set<K extends Exclude<keyof AidFormValues, 'items'>>(key: K, value: AidFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    clear(key === 'group' ? 'groupId' : key);
  }

  function setItem(index: number, change: Partial<ItemRow>) {
    setValues((current) => ({ ...current, items: current.items.map((row, i) => (i === index ? { ...row, ...change } : row)) }));
    clear(...Object.keys(change).map((key) => `items[${index}].${key}`), 'items');
  }

  function addItem() {
    focusRow.current = values.items.length;
    setValues((current) => ({ ...current, items: [...current.items, newItemRow()] }));
    clear('items');
  }

  function removeItem(index: number) {
    setValues((current) => ({ ...current, items: current.items.filter((_, i) => i !== index) }));
    // row errors are keyed by position
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('items'))));
    document.getElementById(fieldId('items-add'))?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkAidValues(values);
    if (Object.keys(problems).length > 0) {
      const found = Object.fromEntries(Object.entries(problems).map(([key, p]) => [key, problemText[p]]));
      setErrors(found);
      focusFirst(found);
      return;
    }
    setErrors({});
    onSubmit(toAidInput(values));
  }

  const otherError =
    error && Object.keys(errorsOf(error)).length === 0 && !(error instanceof ApiError && error.status === 412)
      ? error instanceof ApiError
        ? error.problem?.detail || error.problem?.title || t('states.error')
        : t('states.networkError')
      : null;
  const text = (key: 'programme' | 'budgetYear' | 'handedOverOn' | 'handoverDocumentNumber' | 'notes') => ({
    id: fieldId(key),
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });
  const total = grandTotal(values.items);

  return (
    <form className="aid-form" onSubmit={submit} noValidate>
      {notice}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {Object.keys(errors).length > 0 && (
        <div className="alert alert-error" role="alert">
          {t('aid.form.hasErrors', { count: Object.keys(errors).length })}
        </div>
      )}
      <fieldset className="form-section">
        <legend>{t('aid.form.sections.recipient')}</legend>
        <GroupPicker id={fieldId('groupId')} value={values.group} locked={lockGroup} onChange={(group) => set('group', group)} error={errors.groupId} />
        <div className="form-grid">
          <TextField label={t('aid.fields.programme')} required list="aid-programmes" hint={t('aid.form.hints.programme')} {...text('programme')} />
          <datalist id="aid-programmes">
            {PROGRAMMES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <TextField label={t('aid.fields.budgetYear')} required inputMode="numeric" maxLength={4} {...text('budgetYear')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('aid.form.sections.items')}</legend>
        <div className="table-wrap">
          <table className="data-table aid-items">
            <caption className="visually-hidden">{t('aid.form.itemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('aid.items.name')}</th>
                <th scope="col">{t('aid.items.quantity')}</th>
                <th scope="col">{t('aid.items.unit')}</th>
                <th scope="col">{t('aid.items.unitValue')}</th>
                <th scope="col" className="num">{t('aid.items.total')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('aid.items.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.items.map((row, i) => (
                <tr key={row.key}>
                  <td>
                    <TextField id={fieldId(`items[${i}].name`)} label={t('aid.items.nameRow', { row: i + 1 })} value={row.name} error={errors[`items[${i}].name`]} onChange={(e) => setItem(i, { name: e.target.value })} />
                  </td>
                  <td className="cell-quantity">
                    <TextField id={fieldId(`items[${i}].quantity`)} label={t('aid.items.quantityRow', { row: i + 1 })} inputMode="numeric" value={row.quantity} error={errors[`items[${i}].quantity`]} onChange={(e) => setItem(i, { quantity: e.target.value.replace(/\D/g, '') })} />
                  </td>
                  <td className="cell-unit">
                    <TextField id={fieldId(`items[${i}].unit`)} label={t('aid.items.unitRow', { row: i + 1 })} value={row.unit} error={errors[`items[${i}].unit`]} onChange={(e) => setItem(i, { unit: e.target.value })} />
                  </td>
                  <td>
                    <RupiahField id={fieldId(`items[${i}].unitValueIdr`)} label={t('aid.items.unitValueRow', { row: i + 1 })} value={row.unitValueIdr} error={errors[`items[${i}].unitValueIdr`]} onValueChange={(v) => setItem(i, { unitValueIdr: v })} />
                  </td>
                  <td className="num" aria-label={t('aid.items.totalRow', { row: i + 1 })}>
                    {formatRupiah(lineTotal(row))}
                  </td>
                  <td>
                    <button type="button" className="button button-ghost button-small" onClick={() => removeItem(i)}>
                      {t('aid.items.remove', { row: i + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('aid.items.grandTotal')}
                </th>
                <td className="num" aria-live="polite">
                  <strong data-testid="aid-grand-total">{formatRupiah(total)}</strong>
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
        {errors.items && (
          <p className="field-error" id={`${fieldId('items-add')}-error`}>
            {errors.items}
          </p>
        )}
        <button type="button" id={fieldId('items-add')} className="button button-secondary" onClick={addItem} aria-describedby={errors.items ? `${fieldId('items-add')}-error` : undefined}>
          {t('aid.items.add')}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('aid.form.sections.handover')}</legend>
        <p className="muted small">{t('aid.form.hints.handover')}</p>
        <div className="form-grid">
          <TextField label={t('aid.fields.handedOverOn')} type="date" {...text('handedOverOn')} />
          <TextField label={t('aid.fields.handoverDocumentNumber')} hint={t('aid.form.hints.documentNumber')} {...text('handoverDocumentNumber')} />
          <TextField label={t('aid.fields.notes')} {...text('notes')} />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('aid.form.saving') : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-ghost">
          {t('aid.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
