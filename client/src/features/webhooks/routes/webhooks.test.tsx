import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import type { Webhook } from '../api/types';

function makeHook(overrides: Partial<Webhook> = {}): Webhook {
  return {
    id: 'w1',
    name: 'Dasbor provinsi',
    url: 'https://dashboard.example.org/hooks',
    eventTypes: ['readiness.changed'],
    active: true,
    consecutiveFailures: 0,
    disabledAt: null,
    disabledReason: null,
    createdAt: '2026-02-01T03:00:00Z',
    updatedAt: '2026-02-01T03:00:00Z',
    version: 2,
    ...overrides,
  };
}

const list = (items: Webhook[]) => json({ items, page: 1, pageSize: 25, totalCount: items.length });
const eventTypes = () => json([{ type: 'readiness.changed', description: 'Readiness changed' }, { type: 'business.registered', description: 'Registered' }]);

describe('Webhooks (admin)', () => {
  it('creates a subscription and shows its secret once', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/webhooks': () => list([]),
      'GET /api/v1/webhooks/event-types': eventTypes,
      'POST /api/v1/webhooks': () => json({ secret: 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0', webhook: makeHook() }, { status: 201 }),
    });
    renderApp('/webhooks');
    fireEvent.change(await screen.findByLabelText(/^Nama/), { target: { value: 'Dasbor provinsi' } });
    fireEvent.change(screen.getByLabelText(/^Alamat penerima/), { target: { value: 'https://dashboard.example.org/hooks' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'readiness.changed' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah langganan' }));
    expect(await screen.findByTestId('webhook-secret')).toHaveProperty('textContent', 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ name: 'Dasbor provinsi', url: 'https://dashboard.example.org/hooks', eventTypes: ['readiness.changed'], active: true });
  });

  it('shows the field errors of the problem details', async () => {
    signInAs();
    mockApi({
      'GET /api/v1/webhooks': () => list([]),
      'GET /api/v1/webhooks/event-types': eventTypes,
      'POST /api/v1/webhooks': () => problem(400, { errors: { url: ['url harus alamat http atau https yang lengkap.'] } }),
    });
    renderApp('/webhooks');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah langganan' }));
    expect(await screen.findByText('url harus alamat http atau https yang lengkap.')).toBeTruthy();
  });

  it('pauses with If-Match of the version listed, and redelivers from the delivery log', async () => {
    signInAs();
    const { calls } = mockApi({
      'GET /api/v1/webhooks': () => list([makeHook()]),
      'GET /api/v1/webhooks/event-types': eventTypes,
      'PUT /api/v1/webhooks/w1': () => json(makeHook({ active: false, version: 3 })),
      'GET /api/v1/webhooks/w1/deliveries': () =>
        json({ items: [{ id: 'd9', webhookId: 'msg_1', eventId: 'evt_1', eventType: 'readiness.changed', status: 'failed', attempts: 30,
          nextAttemptAt: '2026-02-02T03:00:00Z', lastStatusCode: 503, lastError: 'HTTP 503', createdAt: '2026-02-01T03:00:00Z', completedAt: '2026-02-02T03:00:00Z' }],
          page: 1, pageSize: 25, totalCount: 1 }),
      'POST /api/v1/webhooks/w1/deliveries/d9/redeliver': () => json({}, { status: 202 }),
    });
    renderApp('/webhooks');
    fireEvent.click(await screen.findByRole('button', { name: 'Jeda Dasbor provinsi' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(((await put.json()) as { active: boolean }).active).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Pengiriman Dasbor provinsi' }));
    const row = (await screen.findByText('HTTP 503')).closest('tr')!;
    expect(within(row).getByText('Gagal')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Kirim ulang' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/deliveries/d9/redeliver'))).toBe(true));
  });
});
