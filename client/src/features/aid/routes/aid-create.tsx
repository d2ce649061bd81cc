import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { isId } from '@/lib/list-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useGroupForAid, useRecordAid } from '../api/aid';
import type { Group } from '../api/types';
import { AidForm } from '../components/aid-form';
import { emptyAidValues } from '../utils/aid-form';
import '../aid.css';

export default function AidCreatePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('groupId') ?? '';
  const groupId = isId(raw) ? raw : '';
  const group = useGroupForAid(groupId);
  useDocumentTitle(t('aid.form.createTitle'));
  const backTo = groupId ? `/groups/${encodeURIComponent(groupId)}` : '/aid';
  return (
    <div className="page">
      <p>
        <Link to={backTo} className="back-link">
          ← {groupId ? t('aid.form.backToGroup') : t('aid.backToList')}
        </Link>
      </p>
      <h1>{t('aid.form.createTitle')}</h1>
      <p className="muted">{t('aid.form.intro')}</p>
      {groupId && group.isPending ? (
        <LoadingState />
      ) : groupId && group.isError ? (
        <ErrorState error={group.error} onRetry={() => void group.refetch()} />
      ) : (
        <CreateForm group={group.data ?? null} cancelTo={backTo} />
      )}
    </div>
  );
}

function CreateForm({ group, cancelTo }: { group: Group | null; cancelTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordAid();
  const [initial] = useState(() => emptyAidValues(group ? { id: group.id, name: group.name } : null, new Date().getFullYear()));
  return (
    <AidForm
      initial={initial}
      lockGroup={group !== null}
      submitting={record.isPending}
      error={record.error}
      submitLabel={t('aid.form.create')}
      cancelTo={cancelTo}
      onSubmit={(input) =>
        record.mutate(input, { onSuccess: ({ aid }) => void navigate(`/aid/${encodeURIComponent(aid.id)}`, { state: { saved: 'created' } }) })
      }
    />
  );
}
