import type { Commodity, ExportCase, OpenExportCaseInput, UpdateExportCaseInput, VolumeUnit } from '../api/types';

/** What the case form holds: text as typed, so nothing is lost while editing. */
export type CaseFormValues = {
  businessId: string;
  businessName: string;
  commodity: Commodity | '';
  hsCode: string;
  productDescription: string;
  destinationCountry: string;
  volume: string;
  volumeUnit: VolumeUnit | '';
  estimatedValueUsd: string;
  estimatedValueIdr: string;
  assignedOfficerId: string;
  /** The exporter's TPP SIR number: SIR rubber (HS 4001.22) cannot be opened without it. */
  tppSirNumber: string;
  /** yyyy-mm-dd: the checklist is evaluated as of this date (coming rules included). */
  plannedShipmentOn: string;
};

export type ClientProblem = 'required' | 'hsDigits' | 'number' | 'decimals2' | 'decimals3' | 'notIndonesia';

export function emptyCaseValues(): CaseFormValues {
  return {
    businessId: '',
    businessName: '',
    commodity: '',
    hsCode: '',
    productDescription: '',
    destinationCountry: '',
    volume: '',
    volumeUnit: '',
    estimatedValueUsd: '',
    estimatedValueIdr: '',
    assignedOfficerId: '',
    tppSirNumber: '',
    plannedShipmentOn: '',
  };
}

export function caseValuesFrom(c: ExportCase): CaseFormValues {
  return {
    businessId: c.businessId,
    businessName: c.businessName,
    commodity: c.commodity,
    hsCode: c.hsCode,
    productDescription: c.productDescription,
    destinationCountry: c.destinationCountry,
    volume: String(c.volume),
    volumeUnit: c.volumeUnit,
    estimatedValueUsd: String(c.estimatedValueUsd),
    estimatedValueIdr: String(c.estimatedValueIdr),
    assignedOfficerId: c.assignedOfficerId,
    tppSirNumber: c.tppSirNumber ?? '',
    plannedShipmentOn: c.plannedShipmentOn ?? '',
  };
}

/** Accepts "18", "18.5" and the Indonesian "18,5" (no thousands separators). */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

const decimalsOf = (text: string) => (text.trim().replace(',', '.').split('.')[1] ?? '').length;

/** The obvious checks before sending (the API checks everything again and its messages win). */
export function checkCaseValues(values: CaseFormValues, { needsBusiness }: { needsBusiness: boolean }): Record<string, ClientProblem> {
  const problems: Record<string, ClientProblem> = {};
  if (needsBusiness && !values.businessId) problems.businessId = 'required';
  if (!values.commodity) problems.commodity = 'required';
  const hs = values.hsCode.replace(/\./g, '').trim();
  if (!hs) problems.hsCode = 'required';
  else if (!/^\d{4,8}$/.test(hs)) problems.hsCode = 'hsDigits';
  if (!values.productDescription.trim()) problems.productDescription = 'required';
  if (!values.destinationCountry) problems.destinationCountry = 'required';
  else if (values.destinationCountry === 'ID') problems.destinationCountry = 'notIndonesia';
  if (!values.volume.trim()) problems.volume = 'required';
  else if (parseDecimal(values.volume) === null || parseDecimal(values.volume) === 0) problems.volume = 'number';
  else if (decimalsOf(values.volume) > 3) problems.volume = 'decimals3';
  if (!values.volumeUnit) problems.volumeUnit = 'required';
  if (!values.estimatedValueUsd.trim()) problems.estimatedValueUsd = 'required';
  else if (parseDecimal(values.estimatedValueUsd) === null) problems.estimatedValueUsd = 'number';
  else if (decimalsOf(values.estimatedValueUsd) > 2) problems.estimatedValueUsd = 'decimals2';
  if (!values.estimatedValueIdr) problems.estimatedValueIdr = 'required';
  return problems;
}

const fields = (values: CaseFormValues) => ({
  commodity: values.commodity || null,
  hsCode: values.hsCode.trim(),
  productDescription: values.productDescription.trim(),
  destinationCountry: values.destinationCountry,
  volume: parseDecimal(values.volume) ?? 0,
  volumeUnit: values.volumeUnit || null,
  estimatedValueUsd: parseDecimal(values.estimatedValueUsd) ?? 0,
  estimatedValueIdr: Number(values.estimatedValueIdr || 0),
  assignedOfficerId: values.assignedOfficerId || null,
  tppSirNumber: values.tppSirNumber.trim() || null,
  plannedShipmentOn: values.plannedShipmentOn || null,
});

export function toOpenInput(values: CaseFormValues): OpenExportCaseInput {
  return { businessId: values.businessId, ...fields(values) };
}

export function toUpdateInput(values: CaseFormValues): UpdateExportCaseInput {
  return fields(values);
}
