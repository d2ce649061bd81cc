import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import type { UserRole } from '@/lib/api/types';
import { formatDateTime, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUser } from '../api/get-user';
import { roleValues } from '../api/types';
import { useChangeUser, type UserChange } from '../api/update-user';
import { accountStatus, roleLabel } from '../components/labels';
import '../users.css';
import { StatusBadge } from '@/components/status-badge';

export default function UserDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  const query = useUser(id);
  const change = useChangeUser(id);
  const [lastKind, setLastKind] = useState<UserChange['kind'] | null>(null);
  const [role, setRole] = useState<UserRole>(''); // '' until a role is picked
  const [newPassword, setNewPassword] = useState('');
  const [confirmDisable, setConfirmDisable] = useState(false);
  useDocumentTitle(query.data?.user.name);

  const back = (
    <p>
      <Link to="/users" className="back-link">
        ← {t('users.back')}
      </Link>
    </p>
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState
          error={query.error}
          message={notFound ? t('users.detail.notFound') : undefined}
          onRetry={notFound ? undefined : () => void query.refetch()}
        />
      </div>
    );
  }

  const { user, etag } = query.data;
  const status = accountStatus(user);
  const error = change.error instanceof ApiError ? change.error : null;
  const stale = error?.status === 412;
  const conflict = error?.status === 409;
  const fieldErrors = error?.status === 400 ? toFieldErrors(error.problem) : {};
  const selectedRole = role || user.role;

  function run(next: UserChange) {
    if (!etag) return;
    setLastKind(next.kind);
    change.mutate(
      { etag, change: next },
      {
        onSuccess: () => {
          setConfirmDisable(false);
          if (next.kind === 'reset-password') setNewPassword('');
          if (next.kind === 'role') setRole('');
        },
      },
    );
  }

  function submitRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ kind: 'role', role: selectedRole });
  }

  function submitPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ kind: 'reset-password', newPassword });
  }

  const successText: Record<UserChange['kind'], string> = {
    role: t('users.detail.roleChanged'),
    disable: t('users.detail.disabled'),
    enable: t('users.detail.enabled'),
    'reset-password': t('users.detail.passwordReset'),
  };

  return (
    <div className="page">
      {back}
      <div className="page-header">
        <h1>{user.name}</h1>
        <StatusBadge family="user" value={status} />
      </div>

      {created && !change.isSuccess && !change.isError && (
        <div className="alert alert-success" role="status">
          {t('users.detail.created')}
        </div>
      )}
      {change.isSuccess && lastKind && (
        <div className="alert alert-success" role="status">
          {successText[lastKind]}
        </div>
      )}
      {conflict && (
        <div className="alert alert-error" role="alert">
          <p>{error.problem?.detail || error.problem?.title || t('users.detail.conflict')}</p>
        </div>
      )}
      {stale && (
        <div className="alert alert-warning" role="alert">
          <p>{t('users.detail.stale')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              change.reset();
              void query.refetch();
            }}
          >
            {t('users.detail.reload')}
          </button>
        </div>
      )}
      {change.isError && !stale && !conflict && Object.keys(fieldErrors).length === 0 && <ErrorState error={change.error} />}
      {!etag && <ErrorState message={t('users.detail.noEtag')} onRetry={() => void query.refetch()} />}

      <section className="detail-section" aria-labelledby="user-facts">
        <h2 id="user-facts">{t('users.detail.facts')}</h2>
        <dl className="detail-list">
          <div className="detail-item">
            <dt>{t('users.fields.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('users.fields.role')}</dt>
            <dd>{roleLabel(user.role, t)}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('users.columns.lastLogin')}</dt>
            <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.never')}</dd>
          </div>
          {status === 'locked' && (
            <div className="detail-item">
              <dt>{t('users.detail.lockedUntil')}</dt>
              <dd>{formatDateTime(user.lockedUntil, locale)}</dd>
            </div>
          )}
          <div className="detail-item">
            <dt>{t('users.detail.createdAt')}</dt>
            <dd>{formatDateTime(user.createdAt, locale)}</dd>
          </div>
          <div className="detail-item">
            <dt>{t('users.detail.version')}</dt>
            <dd>{user.version}</dd>
          </div>
        </dl>
      </section>

      {etag && (
        <div className="admin-actions">
          <section className="detail-section" aria-labelledby="user-role">
            <h2 id="user-role">{t('users.detail.changeRole')}</h2>
            <form className="inline-form" onSubmit={submitRole}>
              <SelectField
                label={t('users.fields.newRole')}
                name="role"
                value={selectedRole}
                onChange={(e) => setRole(e.target.value)}
                options={roleValues.map((value) => ({ value, label: roleLabel(value, t) }))}
                error={lastKind === 'role' ? fieldErrors.role : undefined}
              />
              <button type="submit" className="button button-primary" disabled={change.isPending || selectedRole === user.role}>
                {t('users.detail.saveRole')}
              </button>
            </form>
          </section>

          <section className="detail-section" aria-labelledby="user-access">
            <h2 id="user-access">{t('users.detail.access')}</h2>
            {user.isActive ? (
              confirmDisable ? (
                <div className="confirm-box" role="group" aria-label={t('users.detail.disable')}>
                  <p>{t('users.detail.confirmDisable', { name: user.name })}</p>
                  <div className="form-actions">
                    <button type="button" className="button button-danger" disabled={change.isPending} onClick={() => run({ kind: 'disable' })}>
                      {t('users.detail.confirmDisableYes')}
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setConfirmDisable(false)}>
                      {t('users.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <>
                  <p className="muted">{t('users.detail.disableHint')}</p>
                  <button type="button" className="button button-secondary" onClick={() => setConfirmDisable(true)}>
                    {t('users.detail.disable')}
                  </button>
                </>
              )
            ) : (
              <>
                <p className="muted">{t('users.detail.enableHint')}</p>
                <button type="button" className="button button-primary" disabled={change.isPending} onClick={() => run({ kind: 'enable' })}>
                  {t('users.detail.enable')}
                </button>
              </>
            )}
          </section>

          <section className="detail-section" aria-labelledby="user-password">
            <h2 id="user-password">{t('users.detail.resetPassword')}</h2>
            <form className="inline-form" onSubmit={submitPassword} noValidate>
              <TextField
                label={t('users.fields.newPassword')}
                name="newPassword"
                type="password"
                autoComplete="new-password"
                hint={t('users.passwordPolicy')}
                value={newPassword}
                onChange={(e) => setNewPassword(e.target.value)}
                error={lastKind === 'reset-password' ? fieldErrors.newPassword : undefined}
              />
              <button type="submit" className="button button-primary" disabled={change.isPending || newPassword.length === 0}>
                {t('users.detail.savePassword')}
              </button>
            </form>
          </section>
        </div>
      )}
    </div>
  );
}
