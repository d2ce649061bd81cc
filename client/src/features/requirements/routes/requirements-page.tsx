import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useAuth } from '@/lib/auth/auth-context';
import { hasRole } from '@/lib/auth/roles';
import { formatDate, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useRequirements, type Requirement, type RequirementScope, type RequirementVersion } from '../api/requirements';
import { AddVersionForm } from '../components/add-version-form';
import { OpenCategories } from '../components/open-categories';

const SCOPES: RequirementScope[] = ['ekatalog', 'export', 'loan'];
const scopeLabels: Record<RequirementScope, (t: TFunction) => string> = {
  ekatalog: (t) => t('requirements.scopes.ekatalog'),
  export: (t) => t('requirements.scopes.export'),
  loan: (t) => t('requirements.scopes.loan'),
};
const levelLabels: Record<string, (t: TFunction) => string> = {
  required: (t) => t('requirements.levels.required'),
  advisory: (t) => t('requirements.levels.advisory'),
};

/** "Aturan persyaratan": every requirement with its legal basis, the version in force and its history. */
export default function RequirementsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = (SCOPES as string[]).includes(searchParams.get('scope') ?? '') ? (searchParams.get('scope') as RequirementScope) : 'ekatalog';
  const query = useRequirements(scope);
  const { session } = useAuth();
  const isAdmin = hasRole(session?.user.role, ['admin']);
  useDocumentTitle(t('requirements.title'));

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('requirements.title')}</h1>
      </div>
      <p className="muted">{t('requirements.intro')}</p>
      <label>
        {t('requirements.scope')}{' '}
        <select value={scope} onChange={(e) => setSearchParams(e.target.value === 'ekatalog' ? {} : { scope: e.target.value })}>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {scopeLabels[s](t)}
            </option>
          ))}
        </select>
      </label>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('requirements.empty')}</EmptyState>
      ) : (
        query.data.map((r) => <RequirementCard key={r.code} requirement={r} scope={scope} canAdd={isAdmin} />)
      )}
      {isAdmin && scope === 'ekatalog' && <OpenCategories />}
    </div>
  );
}

function RequirementCard({ requirement, scope, canAdd }: { requirement: Requirement; scope: RequirementScope; canAdd: boolean }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const english = i18n.language?.startsWith('en');
  const current = requirement.current ?? requirement.upcoming?.[0] ?? requirement.versions?.at(-1);
  const title = current ? (english ? current.titleEn : current.titleId) : requirement.code;
  return (
    <section className="card" aria-labelledby={`req-${requirement.code}`}>
      <h2 id={`req-${requirement.code}`}>{title}</h2>
      <p className="muted">
        <code>{requirement.code}</code>
        {current && <> · {levelLabels[current.level]?.(t) ?? current.level}</>}
        {!requirement.current && <> · {t('requirements.notInForce')}</>}
      </p>
      {current && (
        <p>
          <strong>{t('requirements.legalBasis')}:</strong> {current.legalBasis}
          {current.legalArticle ? ` (${current.legalArticle})` : ''}
        </p>
      )}
      {current && <p>{english ? current.nextStepEn : current.nextStepId}</p>}
      <VersionTable versions={requirement.versions ?? []} currentNo={requirement.current?.versionNo} />
      {canAdd &&
        (adding ? (
          <AddVersionForm requirement={requirement} scope={scope} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t('requirements.add.open', { code: requirement.code })}
          </button>
        ))}
    </section>
  );
}

function VersionTable({ versions, currentNo }: { versions: RequirementVersion[]; currentNo: number | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <table className="table">
      <caption>{t('requirements.versions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('requirements.columns.version')}</th>
          <th scope="col">{t('requirements.columns.effectiveFrom')}</th>
          <th scope="col">{t('requirements.columns.applies')}</th>
          <th scope="col">{t('requirements.columns.legalBasis')}</th>
          <th scope="col">{t('requirements.columns.note')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.versionNo} aria-current={v.versionNo === currentNo ? 'true' : undefined}>
            <td>
              {v.versionNo}
              {v.versionNo === currentNo ? ` (${t('requirements.inForce')})` : ''}
            </td>
            <td>
              {formatDate(v.effectiveFrom, locale)}
              {v.effectiveTo ? ` – ${formatDate(v.effectiveTo, locale)}` : ''}
            </td>
            <td>{[...(v.scales ?? []), ...(v.legalForms ?? []), ...(v.productCategories ?? [])].join(', ') || t('requirements.all')}</td>
            <td>
              {v.legalBasis}
              {v.legalArticle ? ` (${v.legalArticle})` : ''}
            </td>
            <td>{v.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
