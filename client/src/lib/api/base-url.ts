/** VITE_API_BASE_URL, or the page's own origin (the API serves the client in production). */
export function resolveBaseUrl(configured: string | undefined = import.meta.env.VITE_API_BASE_URL): string {
  const value = (configured ?? '').trim().replace(/\/+$/, '');
  if (value) return value;
  return typeof window !== 'undefined' ? window.location.origin : '';
}
