import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '@/components/form-field';
import { ErrorState } from '@/components/states';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateApiKey } from '../api/api-keys';
import { SCOPES, type CreatedApiKey, type Scope } from '../api/types';
import { scopeLabel } from '../components/labels';
import '../api-keys.css';

/** A calendar day picked in the form ends at 23:59:59 WIB (the office's time zone). */
export function expiryFromDate(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59+07:00` : null;
}

export default function ApiKeyCreatePage() {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [expiry, setExpiry] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  // The key lives in this component's state only: leaving the page forgets it for good.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  useDocumentTitle(t('api-keys.create.title'));

  const apiError = create.error instanceof ApiError ? create.error : null;
  const fromApi = apiError?.status === 400 ? toFieldErrors(apiError.problem) : {};
  const errors = { ...fromApi, ...local };

  function toggle(scope: Scope, on: boolean) {
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
    setLocal(({ scopes: _ignored, ...rest }) => rest);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!name.trim()) problems.name = t('api-keys.errors.required');
    if (scopes.length === 0) problems.scopes = t('api-keys.errors.scopes');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { name: name.trim(), scopes: SCOPES.filter((s) => scopes.includes(s)), expiresAt: expiryFromDate(expiry) },
      { onSuccess: (answer) => setCreated(answer) },
    );
  }

  const back = (
    <p>
      <Link to="/api-keys" className="back-link">
        ← {t('api-keys.back')}
      </Link>
    </p>
  );

  if (created) {
    return (
      <div className="page">
        {back}
        <h1>{t('api-keys.created.title')}</h1>
        <OneTimeKey created={created} />
      </div>
    );
  }

  return (
    <div className="page">
      {back}
      <h1>{t('api-keys.create.title')}</h1>
      {create.isError && Object.keys(fromApi).length === 0 && <ErrorState error={create.error} />}
      <form className="api-key-form" onSubmit={submit} noValidate>
        <TextField
          label={t('api-keys.fields.name')}
          name="name"
          hint={t('api-keys.fields.nameHint')}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setLocal(({ name: _ignored, ...rest }) => rest);
          }}
          error={errors.name}
        />
        <fieldset
          className={errors.scopes ? 'scope-fieldset field-invalid' : 'scope-fieldset'}
          aria-describedby={errors.scopes ? 'api-key-scopes-error' : undefined}
        >
          <legend>{t('api-keys.fields.scopes')}</legend>
          {SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" name="scopes" value={scope} checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
              <span>
                {scopeLabel(scope, t)} <code className="small">{scope}</code>
              </span>
            </label>
          ))}
          {errors.scopes && (
            <p className="field-error" id="api-key-scopes-error">
              {errors.scopes}
            </p>
          )}
        </fieldset>
        <TextField
          label={t('api-keys.fields.expiresAt')}
          name="expiresAt"
          type="date"
          hint={t('api-keys.fields.expiresAtHint')}
          value={expiry}
          onChange={(e) => setExpiry(e.target.value)}
          error={errors.expiresAt}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? t('api-keys.saving') : t('api-keys.create.submit')}
          </button>
          <Link to="/api-keys" className="button button-secondary">
            {t('api-keys.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}

function OneTimeKey({ created }: { created: CreatedApiKey }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const headingRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="one-time-key">
      <div className="alert alert-warning" role="alert" tabIndex={-1} ref={headingRef}>
        <p>
          <strong>{t('api-keys.created.warningTitle')}</strong>
        </p>
        <p>{t('api-keys.created.warning')}</p>
      </div>
      <p>{t('api-keys.created.for', { name: created.apiKey.name })}</p>
      <label htmlFor="new-api-key">{t('api-keys.created.keyLabel')}</label>
      <div className="key-row">
        <input id="new-api-key" className="mono" readOnly value={created.key} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          {t('api-keys.created.copy')}
        </button>
      </div>
      <p className="small" role="status">
        {copied === 'yes' ? t('api-keys.created.copied') : copied === 'failed' ? t('api-keys.created.copyFailed') : ''}
      </p>
      <p>
        <Link to="/api-keys" className="button button-secondary">
          {t('api-keys.created.done')}
        </Link>
      </p>
    </div>
  );
}
