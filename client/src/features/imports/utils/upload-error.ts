import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api/problem-details';

/** What to tell the user when the API refused the upload itself (before any job was made). */
export function uploadErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError) || error.status === 0) return t('imports.errors.network');
  const detail = error.problem?.detail;
  const fieldMessages = Object.values(error.problem?.errors ?? {}).flat().filter(Boolean);
  const details = [detail, ...fieldMessages].filter(Boolean).join(' ');
  switch (error.status) {
    case 413:
      return t('imports.errors.tooLarge');
    case 415:
      return `${t('imports.errors.unsupported')}${details ? ` ${details}` : ''}`;
    case 400:
      return `${t('imports.errors.invalid')}${details ? ` ${details}` : ''}`;
    default:
      return details || error.problem?.title || t('imports.errors.other');
  }
}
