import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Runs `run` after the first render and after each render in which `key` changed, always the
 * latest `run` (so it sees current props and state) without re-running when only those change.
 * For "when a new answer arrives" and "after a submit that produced errors": the effect is keyed
 * by one value and the rest it reads is not a reason to run again.
 */
export function useEffectOn(key: unknown, run: () => void) {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => latest.current(), [key]);
}
