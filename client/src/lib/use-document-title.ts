import { useEffect } from 'react';

/** Sets the tab title to "<page> · MedanUmkm" (screen readers announce it on navigation). */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · MedanUmkm` : 'MedanUmkm';
  }, [title]);
}
