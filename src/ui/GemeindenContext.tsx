import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Gemeinde } from '../engine';

type Loader = () => Promise<readonly Gemeinde[]>;

const missing: Loader = () => Promise.reject(new Error('GemeindenProvider is missing'));

const GemeindenContext = createContext<Loader>(missing);

/** Shares one load across all Gemeinde questions; a failed load may be tried again. */
function once(load: Loader): Loader {
  let pending: Promise<readonly Gemeinde[]> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * Supplies how the Gemeinden are loaded (the app passes a dynamic import, so the list is a chunk
 * of its own that loads only when a Gemeinde question gets focus).
 */
export function GemeindenProvider({ load, children }: { load: Loader; children: ReactNode }) {
  const shared = useMemo(() => once(load), [load]);
  return <GemeindenContext.Provider value={shared}>{children}</GemeindenContext.Provider>;
}

/** The loader of the nearest `GemeindenProvider`. */
export function useGemeindenLoader(): Loader {
  return useContext(GemeindenContext);
}
