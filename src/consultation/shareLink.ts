import LZString from 'lz-string';
import * as z from 'zod/mini';
import type { Catalogue } from '../engine';
import { FORMAT, VERSION, validateConsultation, type Consultation, type ConsultationResult, type PlanItem } from './consultation';

/**
 * Share links: the consultation in the URL fragment, `#c=<format>.<payload>`, where the payload is
 * lz-string's `compressToEncodedURIComponent` of a small JSON object. The fragment never reaches a
 * server; nothing leaves the browser unless the user sends the link.
 *
 * What a link carries: answers, cost items, pinned and excluded programs, the catalogue version.
 * It never carries the notes (they may be private: an advisor's remarks about a client) nor the
 * snapshot (the receiver evaluates afresh) nor the title.
 *
 * Versioning, so that a link shared today keeps opening after the format moves on:
 * - the number before the dot names the payload format; `DECODERS` has one decoder per format;
 * - the encoder writes only the newest format; a change of payload gets a new number (`3.`) and a
 *   new decoder that maps it to the current consultation, and the old decoders stay, unchanged,
 *   for as long as the app exists (if the consultation model changes, an old decoder is adapted
 *   to produce the new model, but what its payload means is never changed);
 * - a number this app does not know gives `unsupported_version` (a link from a newer app).
 */

export type LinkError = 'not_a_link' | 'truncated' | 'invalid' | 'unsupported_version';
export type DecodeResult = ConsultationResult | { readonly ok: false; readonly error: LinkError; readonly detail?: string };

/** The current link format (the prefix before the dot). */
export const LINK_VERSION = 2;
/**
 * Longest payload accepted. A typical link is a few hundred characters; the limit also bounds
 * what lz-string can be made to expand (its output can grow with the square of its input).
 */
export const MAX_LINK_PAYLOAD = 8_000;
const MAX_JSON = 200_000;

/** Cost item as a tuple: [id, type, amount, phase | null, label]; trailing parts left out when empty. */
type ItemTuple = [string, string, number] | [string, string, number, string | null] | [string, string, number, string | null, string];

/** Link format 2: short keys, to keep links short. */
interface PayloadV2 {
  v: 2;
  /** answers */
  a: Record<string, unknown>;
  /** cost items */
  i?: ItemTuple[];
  /** pinned program ids */
  p?: string[];
  /** excluded program ids */
  x?: string[];
  /** catalogue version the link was made with */
  k: string;
}

function itemTuple(item: PlanItem): ItemTuple {
  const head: [string, string, number] = [item.id, item.type, item.amount];
  if (item.label !== undefined) return [...head, item.phase ?? null, item.label];
  if (item.phase !== undefined) return [...head, item.phase];
  return head;
}

/** The share-link fragment of a consultation, `#c=2.<payload>`: no notes, no snapshot, no title. */
export function encodeShareLink(c: Consultation): string {
  const payload: PayloadV2 = {
    v: 2,
    a: c.answers,
    ...(c.planItems !== undefined ? { i: c.planItems.map(itemTuple) } : {}),
    ...(c.pinned.length ? { p: c.pinned } : {}),
    ...(c.excluded.length ? { x: c.excluded } : {}),
    k: c.catalogue.version,
  };
  return `#c=${LINK_VERSION}.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const V2 = z.object({
  v: z.literal(2),
  a: z.custom<Record<string, unknown>>(isObject),
  i: z.optional(z.array(z.tuple([z.string(), z.string(), z.number(), z.optional(z.nullable(z.string())), z.optional(z.string())]))),
  p: z.optional(z.array(z.string())),
  x: z.optional(z.array(z.string())),
  k: z.string(),
});

/** A consultation as a link opens it: no notes, saved now, judged as of today. */
function frame(catalogueVersion: string, catalogue: Catalogue, now: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    format: FORMAT,
    version: VERSION,
    savedAt: now.toISOString(),
    // The local calendar day: a link opened at 00:30 in Stuttgart is judged as of that day.
    asOf: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    catalogue: { version: catalogueVersion, stand: catalogueVersion === catalogue.version ? catalogue.stand : '' },
    notes: { general: '', programs: {} },
  };
}

type Decoder = (data: unknown, catalogue: Catalogue, now: Date) => DecodeResult;

/** Format 2 (current): `{ v: 2, a, i?, p?, x?, k }`. */
const decodeV2: Decoder = (data, catalogue, now) => {
  const r = V2.safeParse(data);
  if (!r.success) return { ok: false, error: 'invalid', detail: r.error.issues[0]?.path.map(String).join('.') };
  const { a, i, p, x, k } = r.data;
  const planItems = i?.map(([id, type, amount, phase, label]) => ({ id, type, amount, ...(phase != null ? { phase } : {}), ...(label !== undefined ? { label } : {}) }));
  return validateConsultation({ ...frame(k, catalogue, now), answers: a, ...(planItems ? { planItems } : {}), pinned: p ?? [], excluded: x ?? [] }, catalogue, now);
};

/** Format 1 (older links): `{ answers }`, long keys, no catalogue version. */
const decodeV1: Decoder = (data, catalogue, now) => {
  if (!isObject(data) || !Object.hasOwn(data, 'answers') || !isObject(data.answers)) return { ok: false, error: 'invalid', detail: 'answers' };
  return validateConsultation({ ...frame('', catalogue, now), answers: data.answers, pinned: [], excluded: [] }, catalogue, now);
};

/** One decoder per link format, forever. */
const DECODERS: ReadonlyMap<string, Decoder> = new Map([
  ['1', decodeV1],
  ['2', decodeV2],
]);

/** The value of `c=` in a fragment (`#c=…`, `#lang=en&c=…`) or a whole address. */
function linkValue(hash: string): string | undefined {
  const at = hash.indexOf('#');
  const fragment = at >= 0 ? hash.slice(at + 1) : hash;
  for (const part of fragment.split('&')) if (part.startsWith('c=')) return part.slice(2);
  return undefined;
}

/**
 * Opens a share link (the fragment, or a whole address). Never throws. A damaged link gives an
 * error, never a half-loaded consultation: `truncated` when the payload is cut short or cannot be
 * decompressed and parsed, `invalid` when it reads but is not a consultation, `unsupported_version`
 * for a link format this app does not know. The answers go through `parseAnswers` (`dropped`).
 */
export function decodeShareLink(hash: string, catalogue: Catalogue, now: Date = new Date()): DecodeResult {
  try {
    if (typeof hash !== 'string') return { ok: false, error: 'not_a_link' };
    const value = linkValue(hash);
    if (value === undefined) return { ok: false, error: 'not_a_link' };
    if (/^\d*\.?$/.test(value)) return { ok: false, error: 'truncated' };
    const m = /^(\d{1,6})\.([\s\S]*)$/.exec(value);
    if (!m) return { ok: false, error: 'invalid', detail: 'no format prefix' };
    const decoder = DECODERS.get(m[1]!);
    if (!decoder) return { ok: false, error: 'unsupported_version', detail: `link format ${m[1]}` };
    let payload = m[2]!;
    if (payload.length > MAX_LINK_PAYLOAD * 3) return { ok: false, error: 'invalid', detail: 'too long' };
    // Mail programs and chat apps sometimes percent-encode the fragment or turn "+" into a space.
    if (payload.includes('%')) {
      try {
        payload = decodeURIComponent(payload);
      } catch {
        return { ok: false, error: 'invalid', detail: 'characters' };
      }
    }
    payload = payload.replaceAll(' ', '+');
    if (payload.length > MAX_LINK_PAYLOAD) return { ok: false, error: 'invalid', detail: 'too long' };
    if (!/^[A-Za-z0-9+\-$]*$/.test(payload)) return { ok: false, error: 'invalid', detail: 'characters' };
    let json: string | null;
    try {
      json = LZString.decompressFromEncodedURIComponent(payload) as string | null;
    } catch {
      return { ok: false, error: 'truncated' };
    }
    if (!json) return { ok: false, error: 'truncated' };
    if (json.length > MAX_JSON) return { ok: false, error: 'invalid', detail: 'too long' };
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      // lz-string gives a cut-off or garbled text for a cut-off payload; a whole one is always JSON.
      return { ok: false, error: 'truncated' };
    }
    return decoder(data, catalogue, now);
  } catch {
    return { ok: false, error: 'invalid' };
  }
}
