import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '@/components/states';
import { Tabs } from '@/components/tabs';
import type { Business } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/auth-context';
import { useExtensions } from '@/lib/features/extensions-context';
import { visibleTo } from '@/lib/features/types';
import { BusinessDetailView } from './business-detail-view';

export const OVERVIEW_TAB = 'overview';

/**
 * The business page's tabs: the built-in overview, then whatever tabs other features contribute
 * (feature.businessTabs). The selected tab is ?tab= in the URL (left out for the overview).
 */
export function BusinessTabs({ business, etag }: { business: Business; etag: string | null }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const { businessTabs } = useExtensions();
  const [searchParams, setSearchParams] = useSearchParams();
  const contributed = visibleTo(businessTabs, session?.user.role);
  const requested = searchParams.get('tab') ?? OVERVIEW_TAB;
  const active = contributed.find((tab) => tab.id === requested);
  const selected = active ? active.id : OVERVIEW_TAB;

  function select(id: string) {
    const next = new URLSearchParams(searchParams);
    if (id === OVERVIEW_TAB) next.delete('tab');
    else next.set('tab', id);
    setSearchParams(next, { replace: true });
  }

  const ActiveComponent = active?.component;
  return (
    <Tabs
      label={t('businesses.detail.tabsLabel')}
      idPrefix="business"
      selected={selected}
      onSelect={select}
      tabs={[
        { id: OVERVIEW_TAB, label: t('businesses.detail.overviewTab') },
        ...contributed.map((tab) => ({ id: tab.id, label: t(tab.labelKey) })),
      ]}
    >
      {ActiveComponent ? (
        <Suspense fallback={<LoadingState />}>
          <ActiveComponent business={business} etag={etag} />
        </Suspense>
      ) : (
        <BusinessDetailView business={business} />
      )}
    </Tabs>
  );
}
