import { useCallback, useSyncExternalStore } from 'react';

/**
 * Named filter sets of the business list, kept in localStorage (they hold filter values only,
 * no personal data). `search` is the list's query string without the page.
 */
export type SavedFilter = { name: string; search: string };

export const SAVED_FILTERS_KEY = 'medanumkm.businesses.savedFilters';
const MAX_SAVED = 30;
export const MAX_NAME_LENGTH = 60;

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: SavedFilter[] } | null = null;

function readRaw(): string | null {
  try {
    return globalThis.localStorage?.getItem(SAVED_FILTERS_KEY) ?? null;
  } catch {
    return null;
  }
}

function parse(raw: string | null): SavedFilter[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is SavedFilter =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as Record<string, unknown>).name === 'string' &&
        typeof (item as Record<string, unknown>).search === 'string',
    );
  } catch {
    return [];
  }
}

export function loadSavedFilters(): SavedFilter[] {
  const raw = readRaw();
  if (!cache || cache.raw !== raw) cache = { raw, value: parse(raw) };
  return cache.value;
}

function write(next: SavedFilter[]) {
  globalThis.localStorage.setItem(SAVED_FILTERS_KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

/** Saves under a name; the same name (ignoring case) replaces the earlier set. Throws when storage is unavailable. */
export function saveFilter(name: string, search: URLSearchParams) {
  const clean = name.trim().slice(0, MAX_NAME_LENGTH);
  const withoutPage = new URLSearchParams(search);
  withoutPage.delete('page');
  const rest = loadSavedFilters().filter((f) => f.name.toLocaleLowerCase() !== clean.toLocaleLowerCase());
  write([...rest, { name: clean, search: withoutPage.toString() }].slice(-MAX_SAVED));
}

export function deleteFilter(name: string) {
  write(loadSavedFilters().filter((f) => f.name !== name));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_FILTERS_KEY) listener();
  };
  window.addEventListener('storage', onStorage); // other tabs
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSavedFilters() {
  const saved = useSyncExternalStore(subscribe, loadSavedFilters, () => []);
  return {
    saved,
    save: useCallback(saveFilter, []),
    remove: useCallback(deleteFilter, []),
  };
}
