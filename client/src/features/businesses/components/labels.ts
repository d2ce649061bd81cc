import type { TFunction } from 'i18next';
import type { Business, BusinessScale, BusinessSector, BusinessStatus, EkatalogStatus } from '@/lib/api/types';

// Literal keys (no template strings) so the translation test sees every one of them;
// Record<Enum, ...> makes the compiler flag a new enum value from the API.
type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const scaleLabels: Labels<BusinessScale> = {
  micro: (t) => t('businesses.scale.micro'),
  small: (t) => t('businesses.scale.small'),
  medium: (t) => t('businesses.scale.medium'),
};

export const statusLabels: Labels<BusinessStatus> = {
  active: (t) => t('businesses.status.active'),
  inactive: (t) => t('businesses.status.inactive'),
};

export const ekatalogLabels: Labels<EkatalogStatus> = {
  not_started: (t) => t('businesses.ekatalog.not_started'),
  preparing: (t) => t('businesses.ekatalog.preparing'),
  submitted: (t) => t('businesses.ekatalog.submitted'),
  listed: (t) => t('businesses.ekatalog.listed'),
  rejected: (t) => t('businesses.ekatalog.rejected'),
  delisted: (t) => t('businesses.ekatalog.delisted'),
};

export const sectorLabels: Labels<BusinessSector> = {
  food_beverage: (t) => t('businesses.sector.food_beverage'),
  fashion: (t) => t('businesses.sector.fashion'),
  craft: (t) => t('businesses.sector.craft'),
  agriculture: (t) => t('businesses.sector.agriculture'),
  trade: (t) => t('businesses.sector.trade'),
  services: (t) => t('businesses.sector.services'),
  manufacturing: (t) => t('businesses.sector.manufacturing'),
  other: (t) => t('businesses.sector.other'),
};

export const genderLabels: Labels<Business['ownerGender']> = {
  female: (t) => t('businesses.gender.female'),
  male: (t) => t('businesses.gender.male'),
};

/** Falls back to the raw value if the API sends a value this client does not know yet. */
export function label<T extends string>(labels: Labels<T>, value: T, t: TFunction): string {
  return labels[value]?.(t) ?? value;
}
