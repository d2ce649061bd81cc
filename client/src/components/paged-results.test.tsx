import type { UseQueryResult } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '@/i18n';
import { PagedResults } from './paged-results';

type Data = { items: string[]; page: number; pageSize: number; totalCount: number };
const query = (q: Partial<UseQueryResult<Data>>) => ({ isPending: false, isError: false, refetch: vi.fn(), ...q }) as UseQueryResult<Data>;
const rows = (data: Data) => <ul aria-label="rows">{data.items.map((i) => <li key={i}>{i}</li>)}</ul>;

describe('PagedResults', () => {
  it('shows loading, then an error with a retry that refetches', () => {
    const { rerender } = render(<PagedResults query={query({ isPending: true })} empty="Kosong" onPageChange={vi.fn()}>{rows}</PagedResults>);
    expect(screen.getByText('Memuat…')).toBeTruthy();

    const failed = query({ isError: true, error: new Error('boom') });
    rerender(<PagedResults query={failed} empty="Kosong" onPageChange={vi.fn()}>{rows}</PagedResults>);
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(failed.refetch).toHaveBeenCalled();
  });

  it('offers to clear the filters only when there are filters', () => {
    const onClear = vi.fn();
    const empty = query({ data: { items: [], page: 1, pageSize: 25, totalCount: 0 } });
    const { rerender } = render(
      <PagedResults query={empty} empty="Tidak ada kelompok." clearFilters={{ label: 'Hapus filter', onClear }} onPageChange={vi.fn()}>
        {rows}
      </PagedResults>,
    );
    expect(screen.getByText('Tidak ada kelompok.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    expect(onClear).toHaveBeenCalled();

    rerender(<PagedResults query={empty} empty="Tidak ada kelompok." onPageChange={vi.fn()}>{rows}</PagedResults>);
    expect(screen.queryByRole('button', { name: 'Hapus filter' })).toBeNull();
  });

  it('renders the rows and a pager that reports the page chosen', () => {
    const onPageChange = vi.fn();
    render(
      <PagedResults query={query({ data: { items: ['a', 'b'], page: 1, pageSize: 2, totalCount: 5 } })} empty="Kosong" onPageChange={onPageChange}>
        {rows}
      </PagedResults>,
    );
    expect(screen.getByRole('list', { name: 'rows' }).textContent).toBe('ab');
    fireEvent.click(screen.getByRole('button', { name: /berikut/i }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });
});
