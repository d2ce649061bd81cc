import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';
import type { AuditEvent } from '../api/list-audit-events';
import { parseListState } from '@/lib/list-params';
import { auditListSpec, changesOf, nextDay, showValue, toAuditQuery } from '../utils/audit-params';

function makeEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '1017',
    occurredAt: '2026-03-05T07:30:00Z',
    actorType: 'user',
    actorId: '2',
    actorName: 'Siti Nurhaliza',
    entityType: 'business',
    entityId: 'b1',
    action: 'updated',
    changes: { employees: { from: 4, to: 9 }, ownerNik: { from: '***', to: '***' }, npwp: { from: null, to: '012345678901000' } },
    traceId: null,
    ...overrides,
  } as AuditEvent; // the server's worded texts (actionText...) only where a test gives them: the fallbacks are under test too
}

const page = (items: AuditEvent[], totalCount = items.length) => json({ items, page: 1, pageSize: 25, totalCount });

describe('audit trail (admin)', () => {
  it('reads its filters from the URL, asks newest first, and shows each change as before → after', async () => {
    signInAs();
    const { calls } = mockApi({ 'GET /api/v1/audit-events': () => page([makeEvent()], 60) });
    const { router } = renderApp('/audit?entityType=business&entityId=b1&from=2026-03-01&to=2026-03-05');
    const row = (await screen.findByText('Siti Nurhaliza')).closest('tr')!;
    expect(within(row).getByText(/^5 Maret 2026.*14[.:]30 WIB$/)).toBeTruthy();
    expect(within(row).getByText('Diubah')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Pelaku usaha #b1' })).toBeTruthy();
    const employees = within(row).getByText('employees').closest('li')!;
    expect(employees.textContent).toBe('employees: sebelum: 4 → sesudah: 9');
    expect(within(row).getByText('npwp').closest('li')!.textContent).toContain('sebelum: —');
    const sent = new URL(calls[0]!.url).searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      page: '1',
      pageSize: '25',
      sort: '-occurredAt',
      entityType: 'business',
      entityId: 'b1',
      from: '2026-03-01T00:00:00+07:00',
      to: '2026-03-06T00:00:00+07:00',
    });

    fireEvent.change(screen.getByLabelText('Jenis pelaku'), { target: { value: 'api_key' } });
    fireEvent.change(screen.getByLabelText('ID pelaku'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan filter' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?entityType=business&entityId=b1&actorType=api_key&actorId=3&from=2026-03-01&to=2026-03-05'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Berikutnya' }));
    await waitFor(() => expect(new URL(calls.at(-1)!.url).searchParams.get('page')).toBe('2'));
    expect(new URL(calls.at(-1)!.url).searchParams.get('actorType')).toBe('api_key');

    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows the server\'s words for a sign-in (action and anonymous actor), never the raw code', async () => {
    signInAs();
    const signIn = { ...makeEvent({ actorType: 'anonymous', actorId: null, actorName: null, entityType: 'user', entityId: '7', action: 'signed_in', changes: {} }),
      actionText: 'Masuk', actorText: 'Anonim', entityTypeText: 'Pengguna' };
    const unknown = makeEvent({ id: '1018', action: 'brand_new_action', changes: {} });
    mockApi({ 'GET /api/v1/audit-events': () => page([signIn, unknown]) });
    renderApp('/audit');
    const row = (await screen.findByText('Masuk')).closest('tr')!;
    expect(within(row).getAllByText('Anonim').length).toBeGreaterThan(0);
    expect(within(row).getByText('Pengguna #7')).toBeTruthy();
    expect(screen.queryByText('signed_in')).toBeNull();
    expect(await screen.findByText('brand new action')).toBeTruthy();
  });

  it('says so when nothing matches', async () => {
    signInAs();
    mockApi({ 'GET /api/v1/audit-events': () => page([]) });
    renderApp('/audit?actorType=system');
    expect(await screen.findByText('Tidak ada peristiwa yang cocok dengan filter.')).toBeTruthy();
  });

  it('adds a "Riwayat" tab to the business page for admins with that business\'s events', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }),
      'GET /api/v1/audit-events': () => page([makeEvent({ action: 'registered', changes: { name: { from: null, to: 'Kopi Sidikalang Jaya' } } })]),
    });
    renderApp('/businesses/b1?tab=history');
    expect(await screen.findByRole('tab', { name: 'Riwayat' })).toBeTruthy();
    expect(await screen.findByText('Didaftarkan')).toBeTruthy();
    const sent = new URL(calls.find((c) => c.url.includes('audit-events'))!.url).searchParams;
    expect([sent.get('entityType'), sent.get('entityId')]).toEqual(['business', 'b1']);
    expect(screen.getByRole('link', { name: 'Buka di jejak audit' }).getAttribute('href')).toBe('/audit?entityType=business&entityId=b1');
  });

  it('does not offer the tab to an officer', async () => {
    signInAs({ id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' });
    mockApi({ 'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }) });
    renderApp('/businesses/b1');
    await screen.findByRole('tablist');
    expect(screen.queryByRole('tab', { name: 'Riwayat' })).toBeNull();
  });

  it('turns URL filters into the API query and reads changes defensively', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(toAuditQuery(parseListState(auditListSpec, new URLSearchParams('from=bad&page=x')))).toEqual({ page: 1, pageSize: 25, sort: '-occurredAt' });
    expect(changesOf(null)).toEqual([]);
    expect(changesOf({ kbli: { from: [{ code: '10761' }], to: [] } })).toEqual([{ field: 'kbli', from: [{ code: '10761' }], to: [] }]);
    expect(showValue([{ code: '10761' }])).toBe('[{"code":"10761"}]');
    expect(showValue(false)).toBe('false');
  });
});
