import type { Product, ProductCategory, ProductInput } from '../api/types';

// Record<Union, true>: the compiler insists this matches the generated enum.
const CATEGORIES: Record<ProductCategory, true> = {
  food_beverage: true,
  fashion: true,
  craft: true,
  furniture: true,
  agriculture_produce: true,
  cosmetics: true,
  other: true,
};
export const categoryValues = Object.keys(CATEGORIES) as ProductCategory[];

/** What the form edits: text as typed; converted to the API's types on submit. */
export type ProductFormValues = {
  name: string;
  category: ProductCategory | '';
  description: string;
  priceIdr: string;
  unit: string;
  minimumOrder: string;
  kbliCode: string;
  hsCode: string;
  tkdnPercent: string;
  sniNumber: string;
  halalCertificateNumber: string;
  halalCertificateExpiresOn: string;
  pirtNumber: string;
  bpomNumber: string;
  isFood: boolean;
  isActive: boolean;
};

export type ProductProblem = 'required' | 'integer' | 'percent';

export function emptyProductForm(): ProductFormValues {
  return {
    name: '',
    category: '',
    description: '',
    priceIdr: '',
    unit: 'pcs',
    minimumOrder: '1',
    kbliCode: '',
    hsCode: '',
    tkdnPercent: '',
    sniNumber: '',
    halalCertificateNumber: '',
    halalCertificateExpiresOn: '',
    pirtNumber: '',
    bpomNumber: '',
    isFood: false,
    isActive: true,
  };
}

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function productFormValuesFrom(p: Product): ProductFormValues {
  return {
    name: p.name,
    category: p.category,
    description: text(p.description),
    priceIdr: text(p.priceIdr),
    unit: p.unit,
    minimumOrder: text(p.minimumOrder),
    kbliCode: text(p.kbliCode),
    hsCode: text(p.hsCode),
    tkdnPercent: text(p.tkdnPercent),
    sniNumber: text(p.sniNumber),
    halalCertificateNumber: text(p.halalCertificateNumber),
    halalCertificateExpiresOn: text(p.halalCertificateExpiresOn),
    pirtNumber: text(p.pirtNumber),
    bpomNumber: text(p.bpomNumber),
    isFood: p.isFood,
    isActive: p.isActive,
  };
}

/** Only what the client can tell for sure; the server checks everything again. */
export function checkProductForm(values: ProductFormValues): Partial<Record<keyof ProductFormValues, ProductProblem>> {
  const problems: Partial<Record<keyof ProductFormValues, ProductProblem>> = {};
  if (!values.name.trim()) problems.name = 'required';
  if (!values.category) problems.category = 'required';
  if (!values.unit.trim()) problems.unit = 'required';
  if (values.minimumOrder.trim() && !/^\d+$/.test(values.minimumOrder.trim())) problems.minimumOrder = 'integer';
  const tkdn = values.tkdnPercent.trim().replace(',', '.');
  if (tkdn && (!/^\d+(\.\d+)?$/.test(tkdn) || Number(tkdn) > 100)) problems.tkdnPercent = 'percent';
  return problems;
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

export function toProductInput(values: ProductFormValues): ProductInput {
  const tkdn = values.tkdnPercent.trim().replace(',', '.');
  return {
    name: values.name.trim(),
    category: (values.category || null)!, // required: the server answers 400 without it
    description: orNull(values.description),
    priceIdr: values.priceIdr ? Number(values.priceIdr) : null,
    unit: values.unit.trim(),
    minimumOrder: values.minimumOrder.trim() ? Number(values.minimumOrder.trim()) : null,
    kbliCode: orNull(values.kbliCode),
    hsCode: orNull(values.hsCode),
    tkdnPercent: tkdn ? Number(tkdn) : null,
    sniNumber: orNull(values.sniNumber),
    halalCertificateNumber: orNull(values.halalCertificateNumber),
    halalCertificateExpiresOn: orNull(values.halalCertificateExpiresOn),
    pirtNumber: orNull(values.pirtNumber),
    bpomNumber: orNull(values.bpomNumber),
    // Only an override is sent: the API decides food from the category otherwise.
    isFood: values.isFood === (values.category === 'food_beverage') ? null : values.isFood,
    isActive: values.isActive,
  };
}

/** The same product with only "offered now" changed (PUT replaces the whole product). */
export function withActive(p: Product, isActive: boolean): ProductInput {
  return { ...toProductInput(productFormValuesFrom(p)), isActive };
}

export const ACCEPTED_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
