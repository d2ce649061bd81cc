import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderApp, signInAs } from '@/testing/test-utils';
import { makeLoan, viewer } from '../test-data';
import type { Loan } from '../api/types';

function detailApi(loan: Loan, status: (request: Request) => Response | Promise<Response>) {
  return mockApi({
    'GET /api/v1/loan-referrals/31': () => json(loan, { headers: { ETag: `"${loan.version}"` } }),
    'POST /api/v1/loan-referrals/31/status': status,
  });
}
const buttons = () => screen.queryAllByRole('button', { name: /^Tandai / }).map((b) => b.textContent);

describe('loan referral page', () => {
  it('offers only the allowed next steps for each status', async () => {
    for (const [status, expected] of [
      ['referred', ['Tandai diajukan ke bank']],
      ['submitted', ['Tandai disetujui', 'Tandai ditolak']],
      ['approved', ['Tandai dicairkan']],
      ['rejected', []],
      ['disbursed', []],
    ] as const) {
      signInAs();
      detailApi(makeLoan({ status, amountApprovedIdr: status === 'approved' ? 40_000_000 : null }), () => json({}));
      const { unmount } = renderApp('/loans/31');
      await screen.findByRole('heading', { level: 1, name: 'Rujukan kredit Batik Deli' });
      expect(buttons(), status).toEqual(expected);
      unmount();
    }
  });

  it('approves with an amount, sent with If-Match; the API field error shows under the amount', async () => {
    signInAs();
    let attempt = 0;
    const { calls } = detailApi(makeLoan({ status: 'submitted', version: 2 }), () =>
      ++attempt === 1
        ? problem(400, { title: 'One or more validation errors occurred.', errors: { amountApprovedIdr: ['The approved amount cannot exceed the amount requested.'] } })
        : json(makeLoan({ status: 'approved', amountApprovedIdr: 40_000_000, version: 3 }), { headers: { ETag: '"3"' } }),
    );
    renderApp('/loans/31');
    fireEvent.click(await screen.findByRole('button', { name: 'Tandai disetujui' }));
    const amount = screen.getByLabelText<HTMLInputElement>('Jumlah disetujui');
    expect(amount.value).toBe('50.000.000'); // starts from the amount requested
    fireEvent.change(amount, { target: { value: '60000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan status' }));
    expect(await screen.findByText('The approved amount cannot exceed the amount requested.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Jumlah disetujui'), { target: { value: '40000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan status' }));
    expect(await screen.findByRole('button', { name: 'Tandai dicairkan' })).toBeTruthy();
    const post = calls.filter((c) => c.method === 'POST').at(-1)!;
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(await post.clone().json()).toEqual({ to: 'approved', on: null, amountApprovedIdr: 40_000_000 });
  });

  it('rejects with a reason, and shows the 409 detail naming the allowed moves', async () => {
    signInAs();
    const { calls } = detailApi(makeLoan({ status: 'submitted' }), () =>
      problem(409, { code: 'invalid_transition', detail: 'Loan referral 31 is rejected; it can move to: nothing (final).', allowed: [] }),
    );
    renderApp('/loans/31');
    fireEvent.click(await screen.findByRole('button', { name: 'Tandai ditolak' }));
    fireEvent.change(screen.getByLabelText('Alasan penolakan'), { target: { value: 'Agunan tidak mencukupi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan status' }));
    expect(await screen.findByText('Loan referral 31 is rejected; it can move to: nothing (final).')).toBeTruthy();
    expect(await calls.find((c) => c.method === 'POST')!.clone().json()).toEqual({ to: 'rejected', on: null, reason: 'Agunan tidak mencukupi' });
  });

  it('disburses with an amount, and offers a reload on 412', async () => {
    signInAs();
    const { calls } = detailApi(makeLoan({ status: 'approved', amountApprovedIdr: 40_000_000 }), () => problem(412, { title: 'Precondition failed' }));
    renderApp('/loans/31');
    fireEvent.click(await screen.findByRole('button', { name: 'Tandai dicairkan' }));
    expect((screen.getByLabelText<HTMLInputElement>('Jumlah dicairkan')).value).toBe('40.000.000');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan status' }));
    expect(await screen.findByText(/telah diubah orang lain/)).toBeTruthy();
    expect(await calls.find((c) => c.method === 'POST')!.clone().json()).toEqual({ to: 'disbursed', on: null, amountDisbursedIdr: 40_000_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Muat data terbaru' }));
    await waitFor(() => expect(screen.queryByText(/telah diubah orang lain/)).toBeNull());
  });

  it('shows a viewer no status action', async () => {
    signInAs(viewer);
    detailApi(makeLoan({ status: 'submitted' }), () => json({}));
    renderApp('/loans/31');
    await screen.findByRole('heading', { level: 1, name: 'Rujukan kredit Batik Deli' });
    expect(buttons()).toEqual([]);
  });
});
