import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('states.notFound')}</h1>
      <p>
        <Link to="/">{t('states.backHome')}</Link>
      </p>
    </div>
  );
}
