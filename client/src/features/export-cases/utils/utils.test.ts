import { describe, expect, it } from 'vitest';
import { checkCaseValues, emptyCaseValues, parseDecimal, toOpenInput } from './case-form';
import { countryName, countryOptions, COUNTRY_CODES } from './countries';
import { formatHsCode } from './format';
import { nextStage, OPEN_STAGES, stageConflictOf } from './stages';

describe('stages', () => {
  it('knows the open stages in order and the next one', () => {
    expect(OPEN_STAGES[0]).toBe('intake');
    expect(OPEN_STAGES.at(-1)).toBe('post_export');
    expect(nextStage('intake')).toBe('legal_check');
    expect(nextStage('post_export')).toBe('closed');
    expect(nextStage('closed')).toBeNull();
  });

  it('reads the allowed moves and the missing documents of a 409 (camelCase or PascalCase members)', () => {
    expect(stageConflictOf({ status: 409, allowed: ['legal_check', 'bogus', 'withdrawn'] } as never).allowed).toEqual(['legal_check', 'withdrawn']);
    const missing = stageConflictOf({ missing: [{ DocumentId: '7', Type: 'npwp', Name: 'NPWP', Status: 'missing', IsExpired: false }] } as never).missing;
    expect(missing).toEqual([{ documentId: '7', type: 'npwp', name: 'NPWP', status: 'missing', isExpired: false }]);
    expect(stageConflictOf(null)).toEqual({ code: null, detail: null, allowed: [], missing: [] });
  });
});

describe('case form values', () => {
  it('checks the obvious and converts to the API body', () => {
    const values = { ...emptyCaseValues(), businessId: 'b1', commodity: 'coffee' as const, hsCode: '0901.11', productDescription: 'Kopi', destinationCountry: 'ID', volume: '1,2345', volumeUnit: 'kg' as const, estimatedValueUsd: '10.555', estimatedValueIdr: '' };
    expect(checkCaseValues(values, { needsBusiness: true })).toEqual({
      destinationCountry: 'notIndonesia',
      volume: 'decimals3',
      estimatedValueUsd: 'decimals2',
      estimatedValueIdr: 'required',
    });
    expect(parseDecimal('18,5')).toBe(18.5);
    expect(parseDecimal('1.000,5')).toBeNull();
    expect(toOpenInput({ ...values, destinationCountry: 'MY', volume: '2', estimatedValueUsd: '10.5', estimatedValueIdr: '160000' })).toMatchObject({
      hsCode: '0901.11',
      volume: 2,
      estimatedValueUsd: 10.5,
      estimatedValueIdr: 160000,
      assignedOfficerId: null,
    });
  });

  it('formats HS codes the BTKI way', () => {
    expect(formatHsCode('09011190')).toBe('0901.11.90');
    expect(formatHsCode('4001')).toBe('4001');
  });
});

describe('countries', () => {
  it('names ISO codes in the UI language and leaves Indonesia out', () => {
    expect(countryName('MY', 'id-ID')).toBe('Malaysia');
    expect(countryName('NL', 'en-GB')).toBe('Netherlands');
    expect(COUNTRY_CODES).not.toContain('ID');
    const options = countryOptions('id-ID');
    expect(options).toHaveLength(COUNTRY_CODES.length);
    expect(options.find((o) => o.value === 'JP')!.label).toBe('Jepang (JP)');
  });
});
