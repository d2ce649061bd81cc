import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePlanTrainingSession } from '../api/plan-training-session';
import { SessionForm } from '../components/session-form';
import { emptySessionValues } from '../utils/session-form';
import '../training.css';

export default function SessionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanTrainingSession();
  const [initial] = useState(emptySessionValues);
  useDocumentTitle(t('training.form.createTitle'));
  return (
    <div className="page">
      <p>
        <Link to="/training" className="back-link">
          ← {t('training.detail.back')}
        </Link>
      </p>
      <h1>{t('training.form.createTitle')}</h1>
      <p className="muted">{t('training.form.intro')}</p>
      <SessionForm
        initial={initial}
        submitting={plan.isPending}
        error={plan.error}
        submitLabel={t('training.form.create')}
        cancelTo="/training"
        onSubmit={(input) =>
          plan.mutate(input, {
            onSuccess: ({ session }) => void navigate(`/training/${encodeURIComponent(session.id)}`, { state: { saved: 'created' } }),
          })
        }
      />
    </div>
  );
}
