import { useEffect, useState } from 'react';
import type { Catalogue } from '../engine';

/**
 * Loads the compiled catalogue as a chunk of its own, so the first screen does not wait for it
 * (it is about a third of the app's bytes).
 */
export function useCatalogue(): Catalogue | undefined {
  const [catalogue, setCatalogue] = useState<Catalogue>();
  useEffect(() => {
    let live = true;
    void import('./catalogue').then((m) => {
      if (live) setCatalogue(m.catalogue);
    });
    return () => {
      live = false;
    };
  }, []);
  return catalogue;
}
