import type { TFunction } from 'i18next';
import type { BusinessScale, BusinessSector, BusinessStatus, EkatalogStatus } from '@/lib/api/types';

type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const scaleLabels: Labels<BusinessScale> = {
  micro: (t) => t('imports.export.scale.micro'),
  small: (t) => t('imports.export.scale.small'),
  medium: (t) => t('imports.export.scale.medium'),
};
export const sectorLabels: Labels<BusinessSector> = {
  food_beverage: (t) => t('imports.export.sector.food_beverage'),
  fashion: (t) => t('imports.export.sector.fashion'),
  craft: (t) => t('imports.export.sector.craft'),
  agriculture: (t) => t('imports.export.sector.agriculture'),
  trade: (t) => t('imports.export.sector.trade'),
  services: (t) => t('imports.export.sector.services'),
  manufacturing: (t) => t('imports.export.sector.manufacturing'),
  other: (t) => t('imports.export.sector.other'),
};
export const statusLabels: Labels<BusinessStatus> = {
  active: (t) => t('imports.export.status.active'),
  inactive: (t) => t('imports.export.status.inactive'),
};
export const ekatalogLabels: Labels<EkatalogStatus> = {
  not_started: (t) => t('imports.export.ekatalog.not_started'),
  preparing: (t) => t('imports.export.ekatalog.preparing'),
  submitted: (t) => t('imports.export.ekatalog.submitted'),
  listed: (t) => t('imports.export.ekatalog.listed'),
  rejected: (t) => t('imports.export.ekatalog.rejected'),
  delisted: (t) => t('imports.export.ekatalog.delisted'),
};
