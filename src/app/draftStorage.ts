import { FORMAT, VERSION, validateConsultation, type Consultation } from '../consultation/consultation';
import type { Answers, Catalogue } from '../engine';
import { NO_NOTES, STEPS, type StepId, type Variant } from '../wizard/wizard.machine';
import { browserStorage, clearDraft, DRAFT_KEY as KEY } from './storage';
import type { Place } from './useHistorySync';

export { browserStorage, clearDraft };

/**
 * The draft: the consultation as it stands (format 2, as a file holds it) with two extra fields a
 * consultation does not have and `validateConsultation` ignores: the place in the wizard and the
 * variant kept for comparison.
 */
export interface Draft {
  readonly consultation: Consultation;
  readonly place: Place;
  readonly variant?: Variant;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** The stored place: `place` (format 2), or `step` of a version-1 draft; a place the app does not know is the start. */
function placeOf(data: Record<string, unknown>): Place {
  const raw = isObject(data.place) ? data.place : { step: data.step };
  const step = STEPS.find((s) => s === raw.step) ?? 'start';
  return { step, ...(shortText(raw.view, 20) ? { view: raw.view } : {}), ...(shortText(raw.programId, 64) ? { programId: raw.programId } : {}) };
}

function variantOf(data: Record<string, unknown>, catalogue: Catalogue): { variant?: Variant; bad: boolean } {
  if (data.variant === undefined) return { bad: false };
  const v = data.variant;
  if (!isObject(v) || !shortText(v.label, 200)) return { bad: true };
  const read = validateConsultation(v.consultation, catalogue);
  return read.ok ? { variant: { label: v.label, consultation: read.consultation }, bad: read.dropped.length > 0 } : { bad: true };
}

/**
 * The draft kept in the browser's local storage (never a cookie, never sent anywhere). It is read
 * like an imported file (`validateConsultation`, which also upgrades a version-1 draft), so a
 * stored value that cannot be read is ignored and reported, and the app starts cleanly; a draft
 * that was read only in part (an answer or program dropped) is reported too.
 */
export function loadDraft(catalogue: Catalogue, storage: Storage | undefined = browserStorage()): { draft?: Draft; corrupt: boolean } {
  let text: string | null;
  try {
    text = storage?.getItem(KEY) ?? null;
  } catch {
    return { corrupt: false };
  }
  if (text === null) return { corrupt: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { corrupt: true };
  }
  const read = validateConsultation(data, catalogue);
  if (!read.ok || !isObject(data)) return { corrupt: true };
  const { variant, bad } = variantOf(data, catalogue);
  return { draft: { consultation: read.consultation, place: placeOf(data), ...(variant ? { variant } : {}) }, corrupt: read.dropped.length > 0 || bad };
}

/** The draft as the app stored it before consultations (answers and a step); still accepted when writing. */
export interface AnswersDraft {
  readonly answers: Answers;
  readonly step: StepId;
}

/** A bare draft as a consultation: saved now, judged today, catalogue not recorded. */
function asDraft(d: Draft | AnswersDraft): Draft {
  if ('consultation' in d) return d;
  const savedAt = new Date().toISOString();
  const consultation: Consultation = { format: FORMAT, version: VERSION, savedAt, asOf: savedAt.slice(0, 10), catalogue: { version: '', stand: '' }, answers: d.answers, pinned: [], excluded: [], notes: NO_NOTES };
  return { consultation, place: { step: d.step } };
}

/** Writes the draft; false where the browser does not let us (private mode, a full or blocked storage). */
export function saveDraft(given: Draft | AnswersDraft, storage: Storage | undefined = browserStorage()): boolean {
  try {
    if (!storage) return false;
    const draft = asDraft(given);
    storage.setItem(KEY, JSON.stringify({ ...draft.consultation, place: draft.place, ...(draft.variant ? { variant: draft.variant } : {}) }));
    return true;
  } catch {
    return false;
  }
}
