import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateGroup } from '../api/groups';
import { GroupForm, type GroupFormValues } from '../components/group-form';
import '../groups.css';

export default function GroupCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const [initial] = useState<GroupFormValues>(() => ({ name: '', kind: '', kecamatanCode: '', leader: null, formedOn: '', status: 'active' }));
  useDocumentTitle(t('groups.form.createTitle'));
  return (
    <div className="page">
      <p>
        <Link to="/groups" className="back-link">
          ← {t('groups.backToList')}
        </Link>
      </p>
      <h1>{t('groups.form.createTitle')}</h1>
      <p className="muted">{t('groups.form.intro')}</p>
      <GroupForm
        initial={initial}
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('groups.form.create')}
        cancelTo="/groups"
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: ({ group }) => void navigate(`/groups/${encodeURIComponent(group.id)}`, { state: { saved: 'created' } }),
          })
        }
      />
    </div>
  );
}
