import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import type { BusinessTabProps, Feature } from '@/lib/features/types';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';

function NotesTab({ business, etag }: BusinessTabProps) {
  return <p>Catatan untuk {business.name} (versi {etag})</p>;
}

// A feature as another team would write it: it only contributes a tab, through the same glob'd shape.
const notesFeature: Feature = {
  id: 'test-notes',
  businessTabs: [
    { id: 'notes', labelKey: 'app.name', order: 20, component: lazy(async () => ({ default: NotesTab })) },
    { id: 'secret', labelKey: 'roles.admin', order: 10, roles: ['admin'], component: lazy(async () => ({ default: () => <p>rahasia</p> })) },
  ],
};

// Real features contribute tabs too (e.g. export-cases' "Ekspor"): compare only the overview and this test's tabs.
const ownTabs = () => screen.getAllByRole('tab').filter((tab) => ['Ringkasan', 'Admin', 'MedanUmkm'].includes(tab.textContent ?? ''));

function api() {
  mockApi({ 'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }) });
}

describe('business page tabs (extension point)', () => {
  it('renders a contributed tab from ?tab= and keeps the selection in the URL', async () => {
    signInAs({ id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' });
    api();
    const { router } = renderApp('/businesses/b1?tab=notes', { extraFeatures: [notesFeature] });
    expect(await screen.findByText('Catatan untuk Kopi Sidikalang Jaya (versi "2")')).toBeTruthy();

    const tabs = ownTabs();
    // the admin-only tab is not offered to an officer
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Ringkasan', 'MedanUmkm']);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Bagian data pelaku usaha');
    const [overview, notes] = tabs as [HTMLElement, HTMLElement];
    expect(notes.getAttribute('aria-selected')).toBe('true');
    expect(notes.tabIndex).toBe(0);
    expect(overview.tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(notes.id);

    act(() => notes.focus());
    fireEvent.keyDown(notes, { key: 'ArrowRight' }); // wraps to the first tab
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(document.activeElement).toBe(overview);
    expect(overview.getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByText('NIB').some((el) => el.tagName === 'DT')).toBe(true);

    fireEvent.keyDown(overview, { key: 'End' });
    await waitFor(() => expect(router.state.location.search).toBe('?tab=notes'));
    expect(document.activeElement).toBe(notes);
    expect(await screen.findByText(/Catatan untuk/)).toBeTruthy();

    fireEvent.click(overview);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows role-limited tabs to that role and falls back to the overview for an unknown tab', async () => {
    signInAs();
    api();
    renderApp('/businesses/b1?tab=nope', { extraFeatures: [notesFeature] });
    await screen.findByRole('tablist');
    expect(ownTabs().map((tab) => tab.textContent)).toEqual(['Ringkasan', 'Admin', 'MedanUmkm']);
    expect(screen.getByRole('tab', { name: 'Ringkasan' }).getAttribute('aria-selected')).toBe('true');
  });

  it('refuses two features that contribute the same tab id', () => {
    expect(() => renderApp('/businesses/b1', { extraFeatures: [notesFeature, { ...notesFeature, id: 'other' }] })).toThrow(/business tab id "\w+" is used twice/);
  });
});
