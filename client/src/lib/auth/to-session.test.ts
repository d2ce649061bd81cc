import { describe, expect, it } from 'vitest';
import { toSession } from './to-session';

describe('toSession', () => {
  it('keeps the token, expiry and user of the sign-in answer', () => {
    const session = toSession({
      accessToken: 'jwt',
      tokenType: 'Bearer',
      expiresAt: '2026-11-27T12:00:00+07:00',
      user: { id: '1', email: 'officer@medanumkm.go.id', name: 'Siti', role: 'officer' },
    });
    expect(session).toEqual({
      token: 'jwt',
      expiresAt: '2026-11-27T12:00:00+07:00',
      user: { id: '1', email: 'officer@medanumkm.go.id', name: 'Siti', role: 'officer' },
    });
  });

  it('rejects an answer without a token', () => {
    expect(() => toSession({ tokenType: 'Bearer' } as never)).toThrow();
  });
});
