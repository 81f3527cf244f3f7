import { parseAnswers, type Answers, type Catalogue } from '../engine';
import { STEPS, type StepId } from '../wizard/wizard.machine';

const KEY = 'foerderbaukasten:entwurf';

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
const VERSION = 1;

export interface Draft {
  readonly answers: Answers;
  readonly step: StepId;
}

/**
 * The draft kept in the browser's local storage (never a cookie, never sent anywhere). A stored
 * value that cannot be read is ignored and reported, so the app starts cleanly.
 */
export function loadDraft(catalogue: Catalogue, storage: Storage | undefined = browserStorage()): { draft?: Draft; corrupt: boolean } {
  let text: string | null;
  try {
    text = storage?.getItem(KEY) ?? null;
  } catch {
    return { corrupt: false };
  }
  if (text === null) return { corrupt: false };
  try {
    const data = JSON.parse(text) as { version?: unknown; answers?: unknown; step?: unknown };
    if (data?.version !== VERSION || typeof data.answers !== 'object') return { corrupt: true };
    const { answers, issues } = parseAnswers(catalogue, data.answers);
    const step = STEPS.find((s) => s === data.step) ?? 'start';
    return { draft: { answers, step }, corrupt: issues.length > 0 };
  } catch {
    return { corrupt: true };
  }
}

export function saveDraft(draft: Draft, storage: Storage | undefined = browserStorage()): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify({ version: VERSION, savedAt: new Date().toISOString(), ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage | undefined = browserStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Storage may be blocked (private mode, embedding); nothing to clear then.
  }
}
