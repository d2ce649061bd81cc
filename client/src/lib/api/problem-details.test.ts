import { describe, expect, it } from 'vitest';
import { ApiError, isProblemDetails, normaliseFieldName, toFieldErrors } from './problem-details';

describe('toFieldErrors', () => {
  it('takes the first message of each field', () => {
    const errors = toFieldErrors({
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { email: ['Email is required.', 'Email is invalid.'], password: ['Password is required.'] },
    });
    expect(errors).toEqual({ email: 'Email is required.', password: 'Password is required.' });
  });

  it('normalises ASP.NET field names to camelCase paths', () => {
    expect(toFieldErrors({ errors: { Nib: ['NIB must have 13 digits.'], 'Kbli[0].Code': ['Unknown code.'] } })).toEqual({
      nib: 'NIB must have 13 digits.',
      'kbli[0].code': 'Unknown code.',
    });
    expect(normaliseFieldName('$.ownerNik')).toBe('ownerNik');
  });

  it('returns nothing when there are no field errors', () => {
    expect(toFieldErrors({ title: 'Unauthorized', status: 401 })).toEqual({});
    expect(toFieldErrors(null)).toEqual({});
  });
});

describe('ApiError', () => {
  it('uses the detail, then the title, as its message', () => {
    expect(new ApiError(412, { title: 'Precondition failed', detail: 'The business was changed.' }).message).toBe(
      'The business was changed.',
    );
    expect(new ApiError(401, { title: 'Bad credentials' }).message).toBe('Bad credentials');
    expect(new ApiError(500, null).message).toBe('HTTP 500');
  });

  it('recognises problem details', () => {
    expect(isProblemDetails({ title: 'x', status: 400 })).toBe(true);
    expect(isProblemDetails('x')).toBe(false);
    expect(isProblemDetails([])).toBe(false);
  });
});
