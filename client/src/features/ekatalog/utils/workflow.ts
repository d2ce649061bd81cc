import type { EkatalogStatus } from '../api/types';

/**
 * The listing workflow as the API documents it (TransitionEkatalog): only these steps are
 * offered as buttons; the API stays the judge (409 naming the allowed ones).
 */
export const ALLOWED: Record<EkatalogStatus, EkatalogStatus[]> = {
  not_started: ['preparing'],
  preparing: ['submitted', 'not_started'],
  submitted: ['listed', 'rejected'],
  rejected: ['preparing'],
  listed: ['delisted'],
  delisted: ['preparing'],
};

export const needsReason = (to: EkatalogStatus) => to === 'rejected' || to === 'delisted';

export const STATUS_VALUES = Object.keys(ALLOWED) as EkatalogStatus[];

/** Requirement codes in checklist order (the API's Readiness.Codes; also the ?missing= values). */
export const REQUIREMENT_CODES = ['nib', 'npwp', 'business_active', 'kbli', 'kswp', 'product', 'halal', 'pirt_bpom'] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

export const isRequirementCode = (code: string): code is RequirementCode => (REQUIREMENT_CODES as readonly string[]).includes(code);

/** Today's date in Medan (WIB), YYYY-MM-DD. */
export function todayInMedan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
