import { describe, expect, it } from 'vitest';
import { makeBusiness } from '@/testing/test-utils';
import { checkFormValues, emptyFormValues, formValuesFrom, newKbliRow, previewScale, toBusinessInput } from './business-form';

const bn = 1_000_000_000;

describe('previewScale (PP 7/2021)', () => {
  it('uses annual sales when there are any', () => {
    expect(previewScale(20 * bn, 2 * bn)).toBe('micro');
    expect(previewScale(0, 2 * bn + 1)).toBe('small');
    expect(previewScale(0, 15 * bn)).toBe('small');
    expect(previewScale(0, 50 * bn)).toBe('medium');
    expect(previewScale(0, 50 * bn + 1)).toBe('beyond');
  });

  it('uses capital when sales are 0', () => {
    expect(previewScale(1 * bn, 0)).toBe('micro');
    expect(previewScale(1 * bn + 1, 0)).toBe('small');
    expect(previewScale(5 * bn + 1, 0)).toBe('medium');
    expect(previewScale(10 * bn + 1, 0)).toBe('beyond');
  });
});

describe('form values', () => {
  it('checks only the obvious: required fields and digit counts, keyed like the API', () => {
    const values = { ...emptyFormValues(), ownerNik: '12345', nib: '1234567890123', npwp: '12.345.678.9-121', kbli: [newKbliRow('1076')] };
    const problems = checkFormValues(values);
    expect(problems.name).toBe('required');
    expect(problems.ownerNik).toBe('nikDigits');
    expect(problems.nib).toBeUndefined();
    expect(problems.npwp).toBe('npwpDigits');
    expect(problems['kbli[0].code']).toBe('kbliDigits');
    expect(problems.phone).toBeUndefined();
  });

  it('round-trips a business into the request body with integers and nulls', () => {
    const business = makeBusiness({ ownerNik: '1271016504850003', email: null, foundedYear: null });
    const input = toBusinessInput(formValuesFrom(business));
    expect(checkFormValues(formValuesFrom(business))).toEqual({});
    expect(input).toMatchObject({
      ownerNik: '1271016504850003',
      kbli: [{ code: '10761', version: '2020' }],
      email: null,
      foundedYear: null,
      employees: 6,
      businessCapitalIdr: 250_000_000,
      annualRevenueIdr: 1_250_000,
    });
  });
});
