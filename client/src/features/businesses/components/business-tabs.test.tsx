import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import type { BusinessTabProps, Feature } from '@/lib/features/types';
import { features } from '@/app/features';
import i18n from '@/i18n';
import { json, makeBusiness, mockApi, renderApp, signInAs } from '@/testing/test-utils';

// Real features contribute tabs too (e.g. training); these tests look at the ones they add themselves.
const realTabLabels = () => features.flatMap((f) => f.businessTabs ?? []).map((tab) => i18n.t(tab.labelKey));
const ownTabs = (names: (string | null)[]) => names.filter((name) => !realTabLabels().includes(name ?? ''));

function NotesTab({ business, etag }: BusinessTabProps) {
  return <p>Catatan untuk {business.name} (versi {etag})</p>;
}

// A feature as another team would write it: it only contributes a tab, through the same glob'd shape.
// Orders above any real feature's, so that the test's tabs are last (the wrap-around and End checks).
const notesFeature: Feature = {
  id: 'test-notes',
  businessTabs: [
    { id: 'notes', labelKey: 'app.name', order: 10_000, component: lazy(() => Promise.resolve({ default: NotesTab })) },
    { id: 'secret', labelKey: 'roles.admin', order: 9_999, roles: ['admin'], component: lazy(() => Promise.resolve({ default: () => <p>rahasia</p> })) },
  ],
};

function api() {
  mockApi({ 'GET /api/v1/businesses/b1': () => json(makeBusiness(), { headers: { ETag: '"2"' } }) });
}

describe('business page tabs (extension point)', () => {
  it('renders a contributed tab from ?tab= and keeps the selection in the URL', async () => {
    signInAs({ id: 'u2', email: 'o@medanumkm.go.id', name: 'Petugas', role: 'officer' });
    api();
    const { router } = renderApp('/businesses/b1?tab=notes', { extraFeatures: [notesFeature] });
    expect(await screen.findByText('Catatan untuk Kopi Sidikalang Jaya (versi "2")')).toBeTruthy();

    const tabs = screen.getAllByRole('tab');
    // the admin-only tab is not offered to an officer
    expect(ownTabs(tabs.map((tab) => tab.textContent))).toEqual(['Ringkasan', 'MedanUmkm']);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Bagian data pelaku usaha');
    const [overview, notes] = tabs.filter((tab) => !realTabLabels().includes(tab.textContent ?? '')) as [HTMLElement, HTMLElement];
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
    expect(ownTabs(screen.getAllByRole('tab').map((tab) => tab.textContent))).toEqual(['Ringkasan', 'Admin', 'MedanUmkm']);
    expect(screen.getByRole('tab', { name: 'Ringkasan' }).getAttribute('aria-selected')).toBe('true');
  });

  it('refuses two features that contribute the same tab id', () => {
    expect(() => renderApp('/businesses/b1', { extraFeatures: [notesFeature, { ...notesFeature, id: 'other' }] })).toThrow(/business tab id "\w+" is used twice/);
  });
});
