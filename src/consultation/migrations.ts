/**
 * Upgrades older consultation shapes to the current format, one version step at a time.
 *
 * - Files: `{ format: 'foerderbaukasten-beratung', version: n, … }`. Each `UPGRADES[n]` turns
 *   version n into n + 1; a new format version adds one step here and never edits an old one,
 *   so every file ever saved keeps opening.
 * - The local-storage draft (`src/app/draftStorage.ts`): `{ version: 1, savedAt?, answers, step }`
 *   with no `format` field; it becomes a version-2 consultation (the wizard step is not part of
 *   a consultation and is left behind).
 *
 * The result is only upgraded, not checked: `validateConsultation` checks it afterwards.
 * Pure and total: nothing here throws, and the clock is a parameter.
 */

/** What every consultation file and stored consultation says it is. */
export const FORMAT = 'foerderbaukasten-beratung';
/** The current format version. */
export const VERSION = 2;

export type MigrateResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly from: 'draft-1' | `file-${number}` }
  | { readonly ok: false; readonly error: 'not_a_consultation' | 'unsupported_version' | 'invalid'; readonly detail?: string };

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Raw, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** The saved time of an old shape, when it has a readable one; else `now`. */
function savedAtOf(o: Raw, now: Date): string {
  const s = own(o, 'savedAt');
  return typeof s === 'string' && s.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)) ? s : now.toISOString();
}

/** Old shapes did not record the evaluation date or the catalogue; they were judged on the day they were saved. */
function frame(o: Raw, now: Date) {
  const savedAt = savedAtOf(o, now);
  return { format: FORMAT, version: 2, savedAt, asOf: savedAt.slice(0, 10), catalogue: { version: '', stand: '' } };
}

/** `UPGRADES[n]` turns a file of version n into version n + 1. */
const UPGRADES: Record<number, (o: Raw, now: Date) => Raw> = {
  // Version 1 (hypothetical first file format): `{ format, version: 1, answers, notes?: string }`.
  1: (o, now) => ({
    ...frame(o, now),
    answers: own(o, 'answers'),
    pinned: [],
    excluded: [],
    // One free-text note became the general note; programs had none.
    notes: { general: own(o, 'notes') ?? '', programs: {} },
  }),
};

/** The local-storage draft, version 1 (no `format`): answers and a wizard step. */
function fromDraft(o: Raw, now: Date): Raw {
  return { ...frame(o, now), answers: own(o, 'answers'), pinned: [], excluded: [], notes: { general: '', programs: {} } };
}

/** Upgrades any known older shape to the current format; the current format is returned as it is. */
export function migrate(raw: unknown, now: Date = new Date()): MigrateResult {
  if (!isObject(raw)) return { ok: false, error: 'not_a_consultation' };
  const format = own(raw, 'format');
  const version = own(raw, 'version');
  if (format === undefined) {
    if (version === 1 && Object.hasOwn(raw, 'answers')) return { ok: true, value: fromDraft(raw, now), from: 'draft-1' };
    return { ok: false, error: 'not_a_consultation' };
  }
  if (format !== FORMAT) return { ok: false, error: 'not_a_consultation' };
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, error: 'invalid', detail: 'version' };
  if (version > VERSION) return { ok: false, error: 'unsupported_version', detail: `version ${version}; this app reads up to ${VERSION}` };
  let value = raw;
  for (let v = version; v < VERSION; v++) value = UPGRADES[v]!(value, now);
  return { ok: true, value, from: `file-${version}` };
}
