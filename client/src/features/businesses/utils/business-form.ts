import type { Business, BusinessInput, BusinessScale, BusinessSector, Gender } from '@/lib/api/types';

export type LegalForm = NonNullable<Business['legalForm']>;
export type PkpStatus = NonNullable<Business['pkpStatus']>;
export const LEGAL_FORMS: LegalForm[] = ['perorangan', 'cv', 'pt', 'pt_perorangan', 'koperasi'];
export const PKP_STATUSES: PkpStatus[] = ['pkp', 'non_pkp'];

/** A legal entity (CV, PT, PT perorangan, koperasi) records its deed; a perorangan business has none. */
export const isEntity = (legalForm: LegalForm | '') => legalForm !== '' && legalForm !== 'perorangan';

/** What the form holds: text as typed (numbers as digit strings), so nothing is lost while editing. */
export type KbliRow = { key: number; code: string; version: string };

export type BusinessFormValues = {
  name: string;
  ownerName: string;
  ownerNik: string;
  ownerGender: Gender | '';
  nib: string;
  npwp: string;
  kbli: KbliRow[];
  sector: BusinessSector | '';
  kecamatanCode: string;
  /** Kemendagri code of the kelurahan chosen ('' while none is). */
  kelurahanCode: string;
  /** The kelurahan's name: the one chosen, or text recorded before codes that matches none. */
  kelurahan: string;
  address: string;
  phone: string;
  email: string;
  foundedYear: string;
  employees: string;
  businessCapitalIdr: string;
  annualRevenueIdr: string;
  fosteredSince: string;
  /** LKPP v6 onboarding facts (all optional; the readiness checklist asks for them). */
  legalForm: LegalForm | '';
  deedNumber: string;
  deedDate: string;
  pkpStatus: PkpStatus | '';
  nitku: string;
  inaprocVerifiedOn: string;
  ossVerifiedOn: string;
  ossVerifiedBy: string;
};

export const KBLI_VERSIONS = ['2020', '2025'] as const;

let nextRowKey = 1;
export function newKbliRow(code = '', version: string = KBLI_VERSIONS[0]): KbliRow {
  return { key: nextRowKey++, code, version };
}

export function emptyFormValues(): BusinessFormValues {
  return {
    name: '',
    ownerName: '',
    ownerNik: '',
    ownerGender: '',
    nib: '',
    npwp: '',
    kbli: [],
    sector: '',
    kecamatanCode: '',
    kelurahanCode: '',
    kelurahan: '',
    address: '',
    phone: '',
    email: '',
    foundedYear: '',
    employees: '',
    businessCapitalIdr: '',
    annualRevenueIdr: '',
    fosteredSince: '',
    legalForm: '',
    deedNumber: '',
    deedDate: '',
    pkpStatus: '',
    nitku: '',
    inaprocVerifiedOn: '',
    ossVerifiedOn: '',
    ossVerifiedBy: '',
  };
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function formValuesFrom(b: Business): BusinessFormValues {
  return {
    name: b.name,
    ownerName: b.ownerName,
    ownerNik: b.ownerNik,
    ownerGender: b.ownerGender,
    nib: b.nib,
    npwp: text(b.npwp),
    kbli: (b.kbli ?? []).map((k) => newKbliRow(k.code, k.version)),
    sector: b.sector,
    kecamatanCode: b.kecamatanCode,
    kelurahanCode: text(b.kelurahanCode),
    kelurahan: b.kelurahan,
    address: b.address,
    phone: text(b.phone),
    email: text(b.email),
    foundedYear: text(b.foundedYear),
    employees: text(b.employees),
    businessCapitalIdr: text(b.businessCapitalIdr),
    annualRevenueIdr: text(b.annualRevenueIdr),
    fosteredSince: b.fosteredSince,
    legalForm: b.legalForm ?? '',
    deedNumber: text(b.deedNumber),
    deedDate: text(b.deedDate),
    pkpStatus: b.pkpStatus ?? '',
    nitku: text(b.nitku),
    inaprocVerifiedOn: text(b.inaprocVerifiedOn),
    ossVerifiedOn: text(b.ossVerifiedOn),
    ossVerifiedBy: text(b.ossVerifiedBy),
  };
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());
const integer = (value: string) => (value.trim() === '' ? 0 : Number(value));

/** The request body. The client-side checks ran first, so required values are present. */
export function toBusinessInput(v: BusinessFormValues): BusinessInput {
  return {
    name: v.name.trim(),
    ownerName: v.ownerName.trim(),
    ownerNik: v.ownerNik.trim(),
    ownerGender: (v.ownerGender || null)!, // required: checked before submit; null reaches the server's 400
    nib: v.nib.trim(),
    npwp: optional(v.npwp),
    kbli: v.kbli.map((row) => ({ code: row.code.trim(), version: row.version })),
    sector: (v.sector || null)!,
    kecamatanCode: v.kecamatanCode,
    kelurahanCode: optional(v.kelurahanCode),
    kelurahan: optional(v.kelurahan),
    address: v.address.trim(),
    phone: optional(v.phone),
    email: optional(v.email),
    foundedYear: v.foundedYear.trim() === '' ? null : Number(v.foundedYear),
    employees: integer(v.employees),
    businessCapitalIdr: integer(v.businessCapitalIdr),
    annualRevenueIdr: integer(v.annualRevenueIdr),
    fosteredSince: v.fosteredSince,
    legalForm: v.legalForm || null,
    // the deed belongs to legal entities only (the fields are hidden, and the server refuses one, for perorangan)
    deedNumber: isEntity(v.legalForm) ? optional(v.deedNumber) : null,
    deedDate: isEntity(v.legalForm) ? optional(v.deedDate) : null,
    pkpStatus: v.pkpStatus || null,
    nitku: optional(v.nitku),
    inaprocVerifiedOn: optional(v.inaprocVerifiedOn),
    ossVerifiedOn: optional(v.ossVerifiedOn),
    ossVerifiedBy: optional(v.ossVerifiedBy),
  };
}

/** Why a value fails the obvious checks; the API is the authority on everything else. */
export type ClientProblem =
  | 'required'
  | 'nikDigits'
  | 'nibDigits'
  | 'npwpDigits'
  | 'kbliDigits'
  | 'yearDigits'
  | 'integer'
  | 'deedDateRequired'
  | 'deedNumberRequired'
  | 'ossByRequired'
  | 'nitkuDigits'
  | 'nitkuNpwp';

/** The 16-digit NPWP as the server stores it: 15 digits (old form) get a leading 0; null when neither. */
export function normaliseNpwp(npwp: string): string | null {
  const d = npwp.replace(/\D/g, '');
  return d.length === 16 ? d : d.length === 15 ? `0${d}` : null;
}

const digits = (value: string, length: number) => new RegExp(`^\\d{${length}}$`).test(value.trim());

/** Obvious checks only (required, digit counts), keyed like the API's errors ("kbli[0].code"). */
export function checkFormValues(v: BusinessFormValues): Record<string, ClientProblem> {
  const problems: Record<string, ClientProblem> = {};
  const required = ['name', 'ownerName', 'ownerNik', 'ownerGender', 'nib', 'sector', 'kecamatanCode', 'address', 'employees', 'businessCapitalIdr', 'annualRevenueIdr', 'fosteredSince'] as const;
  for (const field of required) if (String(v[field]).trim() === '') problems[field] = 'required';
  // a kelurahan is chosen from the list; text kept from before codes (no match) is still accepted
  if (v.kelurahanCode === '' && v.kelurahan.trim() === '') problems.kelurahanCode = 'required';
  if (!problems.ownerNik && !digits(v.ownerNik, 16)) problems.ownerNik = 'nikDigits';
  if (!problems.nib && !digits(v.nib, 13)) problems.nib = 'nibDigits';
  const npwpDigits = v.npwp.replace(/\D/g, '');
  if (v.npwp.trim() !== '' && npwpDigits.length !== 15 && npwpDigits.length !== 16) problems.npwp = 'npwpDigits';
  v.kbli.forEach((row, index) => {
    if (!digits(row.code, 5)) problems[`kbli[${index}].code`] = 'kbliDigits';
  });
  if (v.foundedYear.trim() !== '' && !digits(v.foundedYear, 4)) problems.foundedYear = 'yearDigits';
  if (!problems.employees && !/^\d+$/.test(v.employees.trim())) problems.employees = 'integer';
  // the same pairs the server requires together (BusinessInputValidator)
  if (isEntity(v.legalForm)) {
    if (v.deedNumber.trim() !== '' && v.deedDate === '') problems.deedDate = 'deedDateRequired';
    if (v.deedDate !== '' && v.deedNumber.trim() === '') problems.deedNumber = 'deedNumberRequired';
  }
  if (v.ossVerifiedOn !== '' && v.ossVerifiedBy.trim() === '') problems.ossVerifiedBy = 'ossByRequired';
  if (v.nitku.trim() !== '') {
    const nitku = v.nitku.replace(/\D/g, '');
    const npwp = normaliseNpwp(v.npwp);
    if (nitku.length !== 22 || !/^[\d.\- ]+$/.test(v.nitku.trim())) problems.nitku = 'nitkuDigits';
    else if (npwp === null || !nitku.startsWith(npwp)) problems.nitku = 'nitkuNpwp';
  }
  return problems;
}

/** Scale by PP 7/2021 art. 35, as the server derives it: by annual sales when > 0, else by capital. */
export function previewScale(capitalIdr: number, revenueIdr: number): BusinessScale | 'beyond' {
  const bn = 1_000_000_000;
  if (revenueIdr > 0) {
    if (revenueIdr <= 2 * bn) return 'micro';
    if (revenueIdr <= 15 * bn) return 'small';
    if (revenueIdr <= 50 * bn) return 'medium';
    return 'beyond';
  }
  if (capitalIdr <= 1 * bn) return 'micro';
  if (capitalIdr <= 5 * bn) return 'small';
  if (capitalIdr <= 10 * bn) return 'medium';
  return 'beyond';
}
