import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form-field';
import { ErrorState, QueryResult } from '@/components/states';
import { toApiError, toFieldErrors } from '@/lib/api/problem-details';
import { formatDateTime, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateWebhook, useDeliveries, useEventTypes, useRedeliver, useSetWebhookActive, useWebhooks } from '../api/webhooks';

/** Admin page: webhook subscriptions (create, pause, resume) and the deliveries of the one selected. */
export default function WebhooksPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  useDocumentTitle(t('webhooks.title'));
  const hooks = useWebhooks(1);
  const eventTypes = useEventTypes();
  const create = useCreateWebhook();
  const setActive = useSetWebhookActive();
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const fieldErrors = create.error ? toFieldErrors(toApiError(create.error).problem) : {};
  const typeError = Object.entries(fieldErrors).find(([k]) => k.startsWith('eventTypes'))?.[1];

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ name, url, eventTypes: types, active: true }, { onSuccess: () => { setName(''); setUrl(''); setTypes([]); } });
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('webhooks.title')}</h1>
      </div>
      <p className="muted">{t('webhooks.intro')}</p>

      {create.data && (
        <div className="alert alert-success" role="status">
          <p>{t('webhooks.created', { name: create.data.webhook.name })}</p>
          <p>{t('webhooks.secretOnce')}</p>
          <code data-testid="webhook-secret">{create.data.secret}</code>
        </div>
      )}

      <form className="form" onSubmit={submit} aria-label={t('webhooks.add')} noValidate>
        <h2>{t('webhooks.add')}</h2>
        <TextField label={t('webhooks.fields.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} required />
        <TextField label={t('webhooks.fields.url')} value={url} onChange={(e) => setUrl(e.target.value)} error={fieldErrors.url} type="url" required />
        <fieldset>
          <legend>{t('webhooks.fields.eventTypes')}</legend>
          {eventTypes.data?.map((et) => (
            <label key={et.type} className="checkbox" title={et.description}>
              <input
                type="checkbox"
                checked={types.includes(et.type)}
                onChange={(e) => setTypes(e.target.checked ? [...types, et.type] : types.filter((x) => x !== et.type))}
              />{' '}
              <span className="mono">{et.type}</span>
            </label>
          ))}
          {(typeError ?? fieldErrors.eventTypes) && <p className="field-error">{typeError ?? fieldErrors.eventTypes}</p>}
        </fieldset>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('webhooks.add')}
        </button>
      </form>

      {setActive.error && <ErrorState error={setActive.error} />}
      <QueryResult query={hooks}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('webhooks.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('webhooks.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('webhooks.fields.name')}</th>
                    <th scope="col">{t('webhooks.fields.url')}</th>
                    <th scope="col">{t('webhooks.fields.eventTypes')}</th>
                    <th scope="col">{t('webhooks.columns.status')}</th>
                    <th scope="col"><span className="visually-hidden">{t('webhooks.columns.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((hook) => (
                    <tr key={hook.id}>
                      <td>{hook.name}</td>
                      <td className="mono small">{hook.url}</td>
                      <td className="small">{hook.eventTypes.join(', ')}</td>
                      <td>
                        {hook.active ? t('webhooks.active') : hook.disabledReason ? t('webhooks.disabledFailures') : t('webhooks.paused')}
                      </td>
                      <td>
                        <button type="button" className="button button-small button-secondary" disabled={setActive.isPending}
                          onClick={() => setActive.mutate({ hook, active: !hook.active })}>
                          {hook.active ? t('webhooks.pause', { name: hook.name }) : t('webhooks.resume', { name: hook.name })}
                        </button>{' '}
                        <button type="button" className="button button-small button-secondary" onClick={() => setSelected(hook.id)}>
                          {t('webhooks.showDeliveries', { name: hook.name })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryResult>
      {selected && <Deliveries id={selected} locale={locale} />}
    </div>
  );
}

const statusKey = {
  pending: 'webhooks.status.pending',
  succeeded: 'webhooks.status.succeeded',
  failed: 'webhooks.status.failed',
} as const;

function Deliveries({ id, locale }: { id: string; locale: string }) {
  const { t } = useTranslation();
  const deliveries = useDeliveries(id);
  const redeliver = useRedeliver(id);
  return (
    <section aria-label={t('webhooks.deliveries')}>
      <h2>{t('webhooks.deliveries')}</h2>
      {redeliver.error && <ErrorState error={redeliver.error} />}
      <QueryResult query={deliveries}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('webhooks.noDeliveries')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.columns.event')}</th>
                  <th scope="col">{t('webhooks.columns.created')}</th>
                  <th scope="col">{t('webhooks.columns.status')}</th>
                  <th scope="col">{t('webhooks.columns.attempts')}</th>
                  <th scope="col">{t('webhooks.columns.lastError')}</th>
                  <th scope="col"><span className="visually-hidden">{t('webhooks.columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {items.map((d) => (
                  <tr key={d.id}>
                    <td className="mono small">{d.eventType}</td>
                    <td>{formatDateTime(d.createdAt, locale)}</td>
                    <td>{t(statusKey[d.status as keyof typeof statusKey] ?? 'webhooks.status.pending')}</td>
                    <td>{d.attempts}</td>
                    <td className="small">{d.lastError ?? ''}</td>
                    <td>
                      <button type="button" className="button button-small button-secondary" disabled={redeliver.isPending}
                        onClick={() => redeliver.mutate(d.id)}>
                        {t('webhooks.redeliver')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryResult>
    </section>
  );
}
