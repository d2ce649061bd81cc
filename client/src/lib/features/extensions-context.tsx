import { createContext, useContext, type ReactNode } from 'react';
import type { Extensions } from './types';

const ExtensionsContext = createContext<Extensions>({ nav: [], businessTabs: [] });

/** Hands what the features contribute (nav entries, business tabs) to the shell and to other features' pages. */
export function ExtensionsProvider({ value, children }: { value: Extensions; children: ReactNode }) {
  return <ExtensionsContext.Provider value={value}>{children}</ExtensionsContext.Provider>;
}

export function useExtensions(): Extensions {
  return useContext(ExtensionsContext);
}
