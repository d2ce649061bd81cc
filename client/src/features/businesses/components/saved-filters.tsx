import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH, useSavedFilters, type SavedFilter } from '../utils/saved-filters';

type Props = {
  /** The list's current query string (filters and sort). */
  current: URLSearchParams;
  canSave: boolean;
  onApply: (search: URLSearchParams) => void;
};

/** Save the current filters under a name, apply a saved set from a menu, delete one. */
export function SavedFilters({ current, canSave, onApply }: Props) {
  const { t } = useTranslation();
  const { saved, save, remove } = useSavedFilters();
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const menuButton = useRef<HTMLButtonElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const listId = useId();
  const nameId = useId();

  useEffect(() => {
    if (naming) nameInput.current?.focus();
  }, [naming]);

  function submitName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clean = name.trim();
    if (!clean) {
      setNameError(t('businesses.saved.nameRequired'));
      nameInput.current?.focus();
      return;
    }
    try {
      save(clean, current);
      setMessage(t('businesses.saved.savedMessage', { name: clean.slice(0, MAX_NAME_LENGTH) }));
    } catch {
      setMessage(t('businesses.saved.storageFailed'));
    }
    setNaming(false);
    setName('');
    setNameError(null);
    saveButton.current?.focus();
  }

  function apply(filter: SavedFilter) {
    onApply(new URLSearchParams(filter.search));
    setOpen(false);
    setMessage(t('businesses.saved.appliedMessage', { name: filter.name }));
    menuButton.current?.focus();
  }

  function del(filter: SavedFilter) {
    try {
      remove(filter.name);
      setMessage(t('businesses.saved.deletedMessage', { name: filter.name }));
    } catch {
      setMessage(t('businesses.saved.storageFailed'));
    }
    menuButton.current?.focus();
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    if (open) {
      setOpen(false);
      menuButton.current?.focus();
    } else if (naming) {
      setNaming(false);
      saveButton.current?.focus();
    }
  }

  return (
    <div className="saved-filters" onKeyDown={closeOnEscape}>
      <div className="saved-filters-buttons">
        <div className="disclosure">
          <button
            ref={menuButton}
            type="button"
            className="button button-secondary"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            {saved.length > 0 ? t('businesses.saved.menuCount', { count: saved.length }) : t('businesses.saved.menu')}
          </button>
          {open && (
            <div id={listId} className="disclosure-panel">
              {saved.length === 0 ? (
                <p className="muted small">{t('businesses.saved.none')}</p>
              ) : (
                <ul className="saved-filter-list">
                  {saved.map((filter) => (
                    <li key={filter.name}>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('businesses.saved.apply', { name: filter.name })}
                        onClick={() => apply(filter)}
                      >
                        {filter.name}
                      </button>
                      <button
                        type="button"
                        className="button button-ghost button-small"
                        aria-label={t('businesses.saved.deleteLabel', { name: filter.name })}
                        onClick={() => del(filter)}
                      >
                        {t('businesses.saved.delete')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        {!naming && (
          <button
            ref={saveButton}
            type="button"
            className="button button-secondary"
            aria-disabled={!canSave || undefined}
            onClick={() => {
              if (!canSave) {
                setMessage(t('businesses.saved.noFilters'));
                return;
              }
              setNaming(true);
            }}
          >
            {t('businesses.saved.save')}
          </button>
        )}
      </div>
      {naming && (
        <form className="saved-filter-form" onSubmit={submitName} noValidate>
          <label htmlFor={nameId}>{t('businesses.saved.nameLabel')}</label>
          <div className="search-row">
            <input
              ref={nameInput}
              id={nameId}
              value={name}
              maxLength={MAX_NAME_LENGTH}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${nameId}-error` : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setNameError(null);
              }}
            />
            <button type="submit" className="button button-primary">
              {t('businesses.saved.confirm')}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                setNaming(false);
                setNameError(null);
              }}
            >
              {t('businesses.saved.cancel')}
            </button>
          </div>
          {nameError && (
            <p className="field-error" id={`${nameId}-error`}>
              {nameError}
            </p>
          )}
        </form>
      )}
      <p className="saved-filters-message muted small" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
