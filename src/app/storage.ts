/** The key of the draft in local storage. */
export const DRAFT_KEY = 'foerderbaukasten:entwurf';

/**
 * The browser's local storage, or nothing where it is blocked: reading `localStorage` itself
 * throws in a third-party frame when the browser denies storage there (embedding).
 */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Removes the draft ("Neu beginnen"); small on purpose, for the page frame. */
export function clearDraft(storage: Storage | undefined = browserStorage()): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Storage may be blocked (private mode, embedding); nothing to clear then.
  }
}
