import type { Aid, AidInput } from '../api/types';

/** Text as typed (numbers as digit strings) so nothing is lost while editing. */
export type ItemRow = { key: number; name: string; quantity: string; unit: string; unitValueIdr: string };
export type AidFormValues = {
  group: { id: string; name: string } | null;
  programme: string;
  budgetYear: string;
  handedOverOn: string;
  handoverDocumentNumber: string;
  notes: string;
  items: ItemRow[];
};

let nextKey = 1;
export function newItemRow(values: Partial<Omit<ItemRow, 'key'>> = {}): ItemRow {
  return { key: nextKey++, name: '', quantity: '1', unit: 'unit', unitValueIdr: '', ...values };
}

export function emptyAidValues(group: AidFormValues['group'], year: number): AidFormValues {
  return { group, programme: '', budgetYear: String(year), handedOverOn: '', handoverDocumentNumber: '', notes: '', items: [newItemRow()] };
}

export function aidValuesFrom(a: Aid): AidFormValues {
  return {
    group: { id: a.groupId, name: a.groupName },
    programme: a.programme,
    budgetYear: String(a.budgetYear),
    handedOverOn: a.handedOverOn ?? '',
    handoverDocumentNumber: a.handoverDocumentNumber ?? '',
    notes: a.notes ?? '',
    items: a.items.map((i) => newItemRow({ name: i.name, quantity: String(i.quantity), unit: i.unit, unitValueIdr: String(i.unitValueIdr) })),
  };
}

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : 0);

/** quantity x unit value of a row (0 while incomplete). */
export const lineTotal = (row: ItemRow) => whole(row.quantity) * whole(row.unitValueIdr);
export const grandTotal = (rows: ItemRow[]) => rows.reduce((sum, row) => sum + lineTotal(row), 0);

const blank = (text: string) => (text.trim() === '' ? null : text.trim());

export function toAidInput(v: AidFormValues): AidInput {
  return {
    groupId: v.group?.id ?? '',
    programme: v.programme.trim(),
    budgetYear: whole(v.budgetYear),
    handedOverOn: v.handedOverOn || null,
    handoverDocumentNumber: blank(v.handoverDocumentNumber),
    notes: blank(v.notes),
    items: v.items.map((row) => ({ name: row.name.trim(), quantity: whole(row.quantity), unit: row.unit.trim(), unitValueIdr: whole(row.unitValueIdr) })),
  };
}

export type ClientProblem = 'required' | 'positive' | 'year' | 'noItems';

/** Obvious checks only, keyed like the API's errors ("items[0].quantity"); the API decides the rest. */
export function checkAidValues(v: AidFormValues): Record<string, ClientProblem> {
  const problems: Record<string, ClientProblem> = {};
  if (!v.group) problems.groupId = 'required';
  if (!v.programme.trim()) problems.programme = 'required';
  if (!/^\d{4}$/.test(v.budgetYear.trim())) problems.budgetYear = 'year';
  if (v.items.length === 0) problems.items = 'noItems';
  v.items.forEach((row, i) => {
    if (!row.name.trim()) problems[`items[${i}].name`] = 'required';
    if (!(whole(row.quantity) > 0)) problems[`items[${i}].quantity`] = 'positive';
    if (!row.unit.trim()) problems[`items[${i}].unit`] = 'required';
    if (!(whole(row.unitValueIdr) > 0)) problems[`items[${i}].unitValueIdr`] = 'positive';
  });
  return problems;
}
