import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useRegisterBusiness } from '../api/register-business';
import { BusinessForm } from '../components/business-form';
import { emptyFormValues } from '../utils/business-form';

export default function BusinessCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useRegisterBusiness();
  const [initial] = useState(emptyFormValues);
  useDocumentTitle(t('businesses.form.createTitle'));

  return (
    <div className="page">
      <p>
        <Link to="/businesses" className="back-link">
          ← {t('businesses.detail.back')}
        </Link>
      </p>
      <h1>{t('businesses.form.createTitle')}</h1>
      <p className="muted">{t('businesses.form.intro')}</p>
      <BusinessForm
        initial={initial}
        submitting={register.isPending}
        error={register.error}
        submitLabel={t('businesses.form.create')}
        cancelTo="/businesses"
        onSubmit={(input) =>
          register.mutate(input, {
            onSuccess: ({ business }) =>
              void navigate(`/businesses/${encodeURIComponent(business.id)}`, { state: { saved: 'created' } }),
          })
        }
      />
    </div>
  );
}
