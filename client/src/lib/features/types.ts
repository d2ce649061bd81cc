import type { ComponentType, LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import type { Business, UserRole } from '@/lib/api/types';

/** An entry of the main navigation. labelKey is a literal translation key (the translation test reads it). */
export type NavEntry = {
  path: string;
  labelKey: string;
  /** Only these roles see the entry; everyone signed in when left out. */
  roles?: UserRole[];
  /** Lower comes first; the first entry is also where "/" leads. */
  order: number;
  /**
   * Where the entry appears: the main bar (default), the "Data" menu (import and export), the
   * "Admin" menu, or beside the signed-in user (their own account).
   */
  group?: 'main' | 'data' | 'admin' | 'account';
};

export type BusinessTabProps = { business: Business; etag: string | null };

/** A tab that a feature adds to the business page (the page itself owns the "Overview" tab). */
export type BusinessTab = {
  /** The ?tab= value; lower-case letters, digits and dashes. */
  id: string;
  labelKey: string;
  order: number;
  /** Lazy, so the tab's code is only downloaded when the tab is opened. */
  component: LazyExoticComponent<ComponentType<BusinessTabProps>>;
  roles?: UserRole[];
};

/**
 * What each src/features/<area>/feature.ts(x) exports as `feature`. src/app collects them with
 * import.meta.glob: adding a feature does not touch any shared file.
 */
export type Feature = {
  id: string;
  /** Routes inside the signed-in layout (paths relative to "/"); use lazy() components. */
  routes?: RouteObject[];
  /** Routes outside the layout and without sign-in (e.g. /login). */
  publicRoutes?: RouteObject[];
  nav?: NavEntry[];
  businessTabs?: BusinessTab[];
};

export function visibleTo<T extends { roles?: UserRole[] }>(items: T[], role: UserRole | undefined): T[] {
  return items.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export type Extensions = { nav: NavEntry[]; businessTabs: BusinessTab[] };

/** Gathers what the features contribute, sorted; duplicate ids are a programming error. */
export function collectExtensions(features: Feature[]): Extensions {
  const ids = new Set<string>();
  for (const feature of features) {
    if (ids.has(feature.id)) throw new Error(`feature id "${feature.id}" is used twice`);
    ids.add(feature.id);
  }
  const businessTabs = features.flatMap((f) => f.businessTabs ?? []).sort(byOrder);
  const tabIds = new Set<string>(['overview']);
  for (const tab of businessTabs) {
    if (tabIds.has(tab.id)) throw new Error(`business tab id "${tab.id}" is used twice`);
    tabIds.add(tab.id);
  }
  return { nav: features.flatMap((f) => f.nav ?? []).sort(byOrder), businessTabs };
}
