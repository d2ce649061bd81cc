import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n from '@/i18n';
import { sessionStore } from '@/lib/auth/session-store';

afterEach(async () => {
  cleanup();
  sessionStore.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('id');
});
