// The dashboard's only filter lives in the URL (?kecamatan=12.71.01), so a view can be shared.
const KECAMATAN_CODE = /^12\.71\.\d{2}$/;

export function parseKecamatan(search: URLSearchParams): string {
  const value = search.get('kecamatan') ?? '';
  return KECAMATAN_CODE.test(value) ? value : '';
}

export function withKecamatan(search: URLSearchParams, kecamatan: string): URLSearchParams {
  const next = new URLSearchParams(search);
  if (kecamatan) next.set('kecamatan', kecamatan);
  else next.delete('kecamatan');
  return next;
}

/**
 * Where the dashboard links to. Other areas own these screens (features do not import each other),
 * so they are plain paths, kept in one place.
 */
export const links = {
  /** The e-katalog readiness list, almost ready (one requirement missing). */
  almostReady: (kecamatan: string) => readiness({ maxMissing: '1', kecamatan }),
  /** The e-katalog readiness list of businesses missing one requirement code. */
  missing: (code: string, kecamatan: string) => readiness({ missing: code, kecamatan }),
  overdueExportCases: '/export-cases/attention',
};

// The readiness list is the ekatalog area's /ekatalog (it reads ?maxMissing=, ?missing= and ?kecamatan=).
function readiness(params: Record<string, string>): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  return `/ekatalog?${search.toString()}`;
}
