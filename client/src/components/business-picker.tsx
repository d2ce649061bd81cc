import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, unwrap } from '@/lib/api/client';
import type { Business } from '@/lib/api/types';
import { sharedKeys } from '@/lib/query-keys';

export type PickedBusiness = { id: string; name: string; nib?: string; status?: Business['status'] };

/** Every text of the picker, translated by the feature that uses it (shared components hold no strings). */
export type BusinessPickerTexts = {
  label: string;
  search: string;
  searching: string;
  noResults: string;
  /** e.g. "Pilih Kopi Jaya" (the business name is appended by the caller's function). */
  choose: (name: string) => string;
  change: string;
  selected: (name: string) => string;
  inactive: string;
  failed: string;
  hint?: string;
};

type Props = {
  texts: BusinessPickerTexts;
  value: PickedBusiness | null;
  onChange: (value: PickedBusiness | null) => void;
  error?: string;
  /** Id of the search input (so a form can focus it on an error). */
  id?: string;
};

/**
 * Finds a business by name, owner or NIB through GET /businesses?q= (server search, first 10 hits)
 * and hands back the one chosen. Results are buttons: keyboard and screen-reader friendly.
 */
export function BusinessPicker({ texts, value, onChange, error, id }: Props) {
  const generated = useId();
  const inputId = id ?? `${generated}-q`;
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const results = useQuery({
    queryKey: sharedKeys.businessPicker(q),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/businesses', { params: { query: { q, page: 1, pageSize: 10, sort: 'name' } } })).items ?? [],
    enabled: q.length > 0,
  });

  function search(event?: FormEvent) {
    event?.preventDefault();
    setQ(text.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // the picker usually sits inside another form: Enter searches instead of submitting that form
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  }

  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  if (value) {
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <span className="picker-label">{texts.label}</span>
        <p className="picker-selected" aria-live="polite">
          <strong>{texts.selected(value.name)}</strong>
          {value.nib && <span className="mono small"> {value.nib}</span>}{' '}
          <button type="button" id={inputId} className="button button-ghost button-small" onClick={() => onChange(null)} aria-describedby={error ? errorId : undefined}>
            {texts.change}
          </button>
        </p>
        {error && (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className={error ? 'field field-invalid picker' : 'field picker'}>
      <label htmlFor={inputId}>{texts.label}</label>
      <div className="search-row">
        <input
          id={inputId}
          type="search"
          value={text}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={[texts.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button-secondary" onClick={() => search()}>
          {texts.search}
        </button>
      </div>
      {texts.hint && (
        <p className="field-hint" id={hintId}>
          {texts.hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div aria-live="polite">
        {q && results.isFetching && <p className="muted small">{texts.searching}</p>}
        {q && results.isError && <p className="field-error">{texts.failed}</p>}
        {q && results.data && results.data.length === 0 && <p className="muted small">{texts.noResults}</p>}
        {results.data && results.data.length > 0 && (
          <ul className="picker-results plain-list">
            {results.data.map((b) => (
              <li key={b.id}>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onChange({ id: b.id, name: b.name, nib: b.nib, status: b.status })}
                >
                  {texts.choose(b.name)}
                </button>{' '}
                <span className="mono small">{b.nib}</span>{' '}
                <span className="small muted">{b.kecamatanName}</span>
                {b.status === 'inactive' && <span className="badge badge-muted">{texts.inactive}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
