import type { Catalogue } from '../engine';
import { validateConsultation, type Consultation, type ConsultationResult } from './consultation';
import { migrate } from './migrations';

/** Largest file accepted, in bytes (UTF-8). A consultation with long notes is well under 100 KB. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type FileResult = ConsultationResult | { readonly ok: false; readonly error: 'too_large'; readonly detail?: string };

/**
 * The consultation as a file to download: `beratung-<asOf>.json` (asOf is the local day the
 * consultation was judged as of), pretty JSON with the fields in a fixed order. The file holds the
 * notes: it stays with whoever saves it.
 */
export function toFile(c: Consultation): { name: string; text: string } {
  const ordered: Consultation = {
    format: c.format,
    version: c.version,
    savedAt: c.savedAt,
    asOf: c.asOf,
    catalogue: { version: c.catalogue.version, stand: c.catalogue.stand },
    ...(c.title !== undefined ? { title: c.title } : {}),
    answers: c.answers,
    ...(c.planItems !== undefined ? { planItems: c.planItems } : {}),
    pinned: c.pinned,
    excluded: c.excluded,
    notes: c.notes,
    ...(c.snapshot !== undefined ? { snapshot: c.snapshot } : {}),
  };
  return { name: `beratung-${c.asOf}.json`, text: `${JSON.stringify(ordered, null, 2)}\n` };
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Reads an imported file (its text): size limit, JSON, older formats upgraded (`migrate`), then
 * `validateConsultation`. Never throws; on error the caller keeps the current consultation.
 */
export function fromFile(text: string, catalogue: Catalogue, now: Date = new Date()): FileResult {
  if (typeof text !== 'string') return { ok: false, error: 'not_json' };
  if (text.length > MAX_FILE_BYTES || utf8Length(text) > MAX_FILE_BYTES) return { ok: false, error: 'too_large', detail: `more than ${MAX_FILE_BYTES} bytes` };
  let data: unknown;
  try {
    // A byte-order mark, as some editors write it, is not an error.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not_json' };
  }
  const migrated = migrate(data, now);
  if (!migrated.ok) return migrated;
  return validateConsultation(migrated.value, catalogue, now);
}
