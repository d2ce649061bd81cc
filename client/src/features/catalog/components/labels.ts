import type { TFunction } from 'i18next';
import type { CatalogCategory } from '../api/catalog';

export const categoryLabels: Record<CatalogCategory, (t: TFunction) => string> = {
  food_beverage: (t) => t('catalog.category.food_beverage'),
  fashion: (t) => t('catalog.category.fashion'),
  craft: (t) => t('catalog.category.craft'),
  furniture: (t) => t('catalog.category.furniture'),
  agriculture_produce: (t) => t('catalog.category.agriculture_produce'),
  cosmetics: (t) => t('catalog.category.cosmetics'),
  other: (t) => t('catalog.category.other'),
};

export const categoryLabel = (c: CatalogCategory, t: TFunction) => categoryLabels[c]?.(t) ?? c;
