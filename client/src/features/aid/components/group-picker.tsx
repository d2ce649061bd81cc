import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroupSearch } from '../api/aid';

type Picked = { id: string; name: string };

/** Finds an active group by name (aid goes to groups only, never to a single business). */
export function GroupPicker({ id, value, onChange, error, locked }: { id: string; value: Picked | null; onChange: (v: Picked | null) => void; error?: string; locked?: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const results = useGroupSearch(q);
  const errorId = `${id}-error`;

  if (value) {
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <span className="picker-label">{t('aid.fields.group')}</span>
        <p className="picker-selected">
          <strong>{value.name}</strong>{' '}
          {!locked && (
            <button type="button" id={id} className="button button-ghost button-small" onClick={() => onChange(null)} aria-describedby={error ? errorId : undefined}>
              {t('aid.groupPicker.change')}
            </button>
          )}
        </p>
        {error && (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    );
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      setQ(text.trim());
    }
  }
  return (
    <div className={error ? 'field field-invalid picker' : 'field picker'}>
      <label htmlFor={id}>{t('aid.fields.group')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${errorId}` : ''}`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button-secondary" onClick={() => setQ(text.trim())}>
          {t('aid.groupPicker.search')}
        </button>
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {t('aid.groupPicker.hint')}
      </p>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div aria-live="polite">
        {q && results.isFetching && <p className="muted small">{t('states.loading')}</p>}
        {q && results.isError && <p className="field-error">{t('aid.groupPicker.failed')}</p>}
        {q && results.data && results.data.length === 0 && <p className="muted small">{t('aid.groupPicker.noResults')}</p>}
        {results.data && results.data.length > 0 && (
          <ul className="picker-results plain-list">
            {results.data.map((g) => (
              <li key={g.id}>
                <button type="button" className="button button-secondary button-small" onClick={() => onChange({ id: g.id, name: g.name })}>
                  {t('aid.groupPicker.choose', { name: g.name })}
                </button>{' '}
                <span className="small muted">
                  {g.kecamatanName} · {t('aid.groupPicker.members', { count: g.memberCount })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
