import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/states';
import type { Business } from '@/lib/api/types';
import { useRegistered } from '../api/list-registrations';
import { useRegisterForTraining } from '../api/register-for-training';
import { useBusinessSearch } from '../api/search-businesses';
import type { Registration, TrainingSession } from '../api/types';
import { problemCode, problemText } from '../utils/problem';

/** Search a business by name, then register it; a full session offers the waitlist. */
export function RegisterBusiness({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [waitlistIfFull, setWaitlistIfFull] = useState(session.seatsLeft === 0);
  const [note, setNote] = useState('');
  const search = useBusinessSearch(q);
  const registered = useRegistered(session.id, q.length > 0);
  const register = useRegisterForTraining(session.id);
  const [target, setTarget] = useState<Business | null>(null);
  const [done, setDone] = useState<Registration | null>(null);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(typed.trim());
  }

  function registerOne(business: Business) {
    setTarget(business);
    setDone(null);
    register.mutate(
      { businessId: business.id, waitlistIfFull, note: note.trim() === '' ? null : note.trim() },
      { onSuccess: (registration) => setDone(registration) },
    );
  }

  const code = problemCode(register.error);
  const errorMessage = !register.isError
    ? null
    : code === 'session_full'
      ? t('training.register.full', { capacity: session.capacity })
      : code === 'already_registered'
        ? t('training.register.duplicate', { name: target?.name ?? '' })
        : code === 'business_inactive'
          ? t('training.register.inactive', { name: target?.name ?? '' })
          : (problemText(register.error) ?? t('states.error'));

  return (
    <section className="training-register" aria-labelledby="training-register-title">
      <h2 id="training-register-title">{t('training.register.title')}</h2>
      <form role="search" className="search-box" onSubmit={submitSearch}>
        <label htmlFor="training-business-search">{t('training.register.search')}</label>
        <div className="search-row">
          <input id="training-business-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="button button-primary">
            {t('training.register.find')}
          </button>
        </div>
      </form>
      <div className="training-register-options">
        <label className="training-check">
          <input type="checkbox" checked={waitlistIfFull} onChange={(e) => setWaitlistIfFull(e.target.checked)} />
          {t('training.register.waitlistIfFull')}
        </label>
        <div className="field">
          <label htmlFor="training-register-note">{t('training.register.note')}</label>
          <input id="training-register-note" type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <div aria-live="polite">
        {errorMessage && (
          <div className="alert alert-error" role="alert">
            {errorMessage}
          </div>
        )}
        {done && (
          <div className="alert alert-success" role="status">
            {done.status === 'waitlisted'
              ? t('training.register.waitlisted', { name: done.businessName, position: done.waitlistPosition ?? '?' })
              : t('training.register.confirmed', { name: done.businessName })}
          </div>
        )}
      </div>
      {q &&
        (search.isPending || registered.isPending ? (
          <LoadingState />
        ) : search.isError ? (
          <ErrorState error={search.error} onRetry={() => void search.refetch()} />
        ) : search.data.items.length === 0 ? (
          <p className="muted">{t('training.register.noResults', { q })}</p>
        ) : (
          <ul className="training-search-results" aria-label={t('training.register.results')}>
            {search.data.items.map((b) => (
              <li key={b.id}>
                <span>
                  <strong>{b.name}</strong>{' '}
                  <span className="muted small">
                    {b.ownerName} · {b.kecamatanName} · <span className="mono">{b.nib}</span>
                  </span>
                </span>
                {registered.data?.has(b.id) ? (
                  <span className="badge badge-muted" data-testid="already-registered">
                    {registered.data.get(b.id) === 'waitlisted' ? t('training.register.alreadyWaitlisted') : t('training.register.alreadyRegistered')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={register.isPending}
                    onClick={() => registerOne(b)}
                  >
                    {t('training.register.submit')}{' '}
                    <span className="visually-hidden">{b.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
