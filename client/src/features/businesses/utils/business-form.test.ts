import { describe, expect, it } from 'vitest';
import { makeBusiness } from '@/testing/test-utils';
import { checkFormValues, emptyFormValues, formValuesFrom, newKbliRow, normaliseNpwp, previewScale, toBusinessInput } from './business-form';

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

  it('checks the onboarding pairs the server requires together, and the NITKU against the NPWP', () => {
    const base = { ...emptyFormValues(), legalForm: 'cv' as const, npwp: '12.345.678.9-121.000' };
    expect(checkFormValues({ ...base, deedNumber: 'AHU-1' }).deedDate).toBe('deedDateRequired');
    expect(checkFormValues({ ...base, deedDate: '2019-05-20' }).deedNumber).toBe('deedNumberRequired');
    expect(checkFormValues({ ...base, ossVerifiedOn: '2026-01-10' }).ossVerifiedBy).toBe('ossByRequired');
    expect(checkFormValues({ ...base, nitku: '123' }).nitku).toBe('nitkuDigits');
    expect(checkFormValues({ ...base, nitku: '9123456789121000000001' }).nitku).toBe('nitkuNpwp');
    // the old 15-digit NPWP counts as 0 + its digits
    expect(checkFormValues({ ...base, nitku: '0123456789121000000001' }).nitku).toBeUndefined();
    expect(normaliseNpwp('12.345.678.9-121.000')).toBe('0123456789121000');
  });

  it('sends the deed only for a legal entity', () => {
    const values = { ...emptyFormValues(), legalForm: 'perorangan' as const, deedNumber: 'AHU-1', deedDate: '2019-05-20', pkpStatus: 'pkp' as const };
    expect(toBusinessInput(values)).toMatchObject({ legalForm: 'perorangan', deedNumber: null, deedDate: null, pkpStatus: 'pkp' });
    expect(toBusinessInput({ ...values, legalForm: 'koperasi' })).toMatchObject({ deedNumber: 'AHU-1', deedDate: '2019-05-20' });
    expect(toBusinessInput(emptyFormValues())).toMatchObject({ legalForm: null, pkpStatus: null, nitku: null, ossVerifiedBy: null });
  });
});
