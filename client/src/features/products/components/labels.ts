import type { TFunction } from 'i18next';
import type { ProductCategory } from '../api/types';

// Literal keys so the translation test sees each one; Record<Enum, ...> flags a new API value.
export const categoryLabels: Record<ProductCategory, (t: TFunction) => string> = {
  food_beverage: (t) => t('products.category.food_beverage'),
  fashion: (t) => t('products.category.fashion'),
  craft: (t) => t('products.category.craft'),
  furniture: (t) => t('products.category.furniture'),
  agriculture_produce: (t) => t('products.category.agriculture_produce'),
  cosmetics: (t) => t('products.category.cosmetics'),
  other: (t) => t('products.category.other'),
};

export function categoryLabel(value: ProductCategory, t: TFunction): string {
  return categoryLabels[value]?.(t) ?? value;
}
