// The 21 kecamatan of Kota Medan (Kemendagri codes). GET /api/v1/reference/kecamatan needs
// credentials, and the public catalog must work signed out, so the list is kept here.
// Proper names, not UI text: the same in every language.
export const MEDAN_KECAMATAN: { code: string; name: string }[] = [
  ['01', 'Medan Kota'], ['02', 'Medan Sunggal'], ['03', 'Medan Helvetia'], ['04', 'Medan Denai'], ['05', 'Medan Barat'],
  ['06', 'Medan Deli'], ['07', 'Medan Tuntungan'], ['08', 'Medan Belawan'], ['09', 'Medan Amplas'], ['10', 'Medan Area'],
  ['11', 'Medan Johor'], ['12', 'Medan Marelan'], ['13', 'Medan Labuhan'], ['14', 'Medan Tembung'], ['15', 'Medan Maimun'],
  ['16', 'Medan Polonia'], ['17', 'Medan Baru'], ['18', 'Medan Perjuangan'], ['19', 'Medan Petisah'], ['20', 'Medan Timur'],
  ['21', 'Medan Selayang'],
].map(([suffix, name]) => ({ code: `12.71.${suffix}`, name: name! }))
  .sort((a, b) => a.name.localeCompare(b.name));
