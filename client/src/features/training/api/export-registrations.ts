import { resolveBaseUrl } from '@/lib/api/client';
import { ApiError, isProblemDetails } from '@/lib/api/problem-details';
import { freshToken } from '@/lib/auth/session-renewal';

export type ExportFormat = 'csv' | 'xlsx';

/** The file name the API gives in Content-Disposition (RFC 6266 filename* first), or null. */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : null;
}

/**
 * ExportRegistrations: fetched with the bearer token (a plain link would not carry it) as a blob.
 * openapi-fetch is not used because it would try to parse the file as JSON.
 */
export async function exportRegistrations(id: string, format: ExportFormat): Promise<{ blob: Blob; fileName: string }> {
  const url = `${resolveBaseUrl()}/api/v1/training-sessions/${encodeURIComponent(id)}/registrations/export?format=${format}`;
  const headers = new Headers();
  const token = await freshToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await globalThis.fetch(new Request(url, { headers }));
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, isProblemDetails(body) ? body : null);
  }
  const blob = await response.blob();
  return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition')) ?? `peserta-pelatihan-${id}.${format}` };
}

/** Hands a downloaded file to the browser's "save" (an object URL on a temporary link). */
export function saveBlob(blob: Blob, fileName: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
