import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/lib/api/problem-details';

/**
 * An edit page's optimistic concurrency, one way for every resource: the page reads the resource
 * afresh (its query uses refetchOnMount: 'always'), the first version read becomes the base the
 * form starts from, and its ETag is what the save sends as If-Match. A background refetch never
 * swaps the base under the user's edits. When the save answers 412 (someone else saved first),
 * `stale` is true and `reloadLatest` loads the current version as the new base; `generation`
 * changes with it, so a form keyed by it starts again from the fresh values.
 */
export function useEtagEdit<T extends { etag: string | null }>(
  query: UseQueryResult<T>,
  update: { error: unknown; reset: () => void },
) {
  const [base, setBase] = useState<{ data: T; generation: number } | null>(null);
  const [reloading, setReloading] = useState(false);
  if (!base && query.data && !query.isFetching) setBase({ data: query.data, generation: 0 });

  async function reloadLatest() {
    setReloading(true);
    try {
      const fresh = await query.refetch();
      if (fresh.data) {
        update.reset();
        const data = fresh.data;
        setBase((current) => ({ data, generation: (current?.generation ?? 0) + 1 }));
      }
    } finally {
      setReloading(false);
    }
  }

  return {
    /** The version the form edits (null until read). */
    base: base?.data ?? null,
    /** Key the form with it: it changes when the latest version is loaded. */
    generation: base?.generation ?? 0,
    /** The save was refused with 412: the resource changed since it was read. */
    stale: update.error instanceof ApiError && update.error.status === 412,
    reloading,
    reloadLatest,
  };
}
