/**
 * Query keys that more than one area uses. Each feature keeps a key factory (`xKeys = { all, lists,
 * list(query), detail(id), ... }`) in its api module, every key of an area starting with the area's
 * root. A save in one area sometimes changes what another shows (a loan in the aid report, an
 * e-katalog move on the business page); features do not import each other, so those roots live
 * here, and both the owning feature's factory and the other feature's invalidation use them.
 */
export const sharedKeys = {
  businesses: ['businesses'] as const,
  groups: ['groups'] as const,
  ekatalog: ['ekatalog'] as const,
  /** The kecamatan x missing-requirement table, on the dashboard and on "Menuju e-katalog" (src/components/readiness-matrix.tsx). */
  readinessByKecamatan: ['readiness-by-kecamatan'] as const,
  aidReports: ['aid', 'report'] as const,
  /** The shared business picker's search (src/components/business-picker.tsx). */
  businessPicker: (q: string) => ['business-picker', q] as const,
};

/** Medan's kecamatan and kelurahan (src/lib/reference), read once and shared by every area. */
export const referenceKeys = {
  all: ['reference'] as const,
  kecamatan: () => [...referenceKeys.all, 'kecamatan'] as const,
  kelurahan: (kecamatanCode: string) => [...referenceKeys.all, 'kelurahan', kecamatanCode] as const,
};
