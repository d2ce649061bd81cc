import { describe, expect, it } from 'vitest';
import { checkAidValues, emptyAidValues, grandTotal, lineTotal, newItemRow, toAidInput } from './aid-form';

describe('aid form values', () => {
  it('computes row and grand totals from quantity and unit value', () => {
    const rows = [newItemRow({ quantity: '2', unitValueIdr: '18500000' }), newItemRow({ quantity: '3', unitValueIdr: '1250000' }), newItemRow({ quantity: 'x' })];
    expect(rows.map(lineTotal)).toEqual([37_000_000, 3_750_000, 0]);
    expect(grandTotal(rows)).toBe(40_750_000);
  });

  it('flags missing values with the API field names and builds the body', () => {
    const values = emptyAidValues(null, 2026);
    expect(checkAidValues(values)).toEqual({
      groupId: 'required',
      programme: 'required',
      'items[0].name': 'required',
      'items[0].unitValueIdr': 'positive',
    });
    const ready = { ...values, group: { id: '7', name: 'Kopi' }, programme: ' DAK ', items: [newItemRow({ name: 'Mesin', quantity: '2', unitValueIdr: '500000' })] };
    expect(checkAidValues(ready)).toEqual({});
    expect(toAidInput(ready)).toEqual({
      groupId: '7',
      programme: 'DAK',
      budgetYear: 2026,
      handedOverOn: null,
      handoverDocumentNumber: null,
      notes: null,
      items: [{ name: 'Mesin', quantity: 2, unit: 'unit', unitValueIdr: 500_000 }],
    });
  });
});
