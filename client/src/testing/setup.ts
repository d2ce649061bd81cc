import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n from '@/i18n';
import { resetRenewal } from '@/lib/auth/session-renewal';
import { sessionStore } from '@/lib/auth/session-store';

// Lazy routes and a busy 2-core machine: give findBy* more than the default second.
configure({ asyncUtilTimeout: 15_000 });

afterEach(async () => {
  cleanup();
  sessionStore.clear();
  resetRenewal();
  vi.unstubAllGlobals();
  globalThis.localStorage?.clear();
  await i18n.changeLanguage('id');
});
