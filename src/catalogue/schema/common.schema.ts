import { z } from 'zod';
import { COST_TYPES } from '../../engine/costTypes';

/** kebab-case id as used for programs, conditions, criteria and relations. */
export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, "-"), e.g. "gut-beraten"');

/** snake_case id as used for facts and fact values (vocabulary.md). */
export const SnakeId = z
  .string()
  .regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, 'must be snake_case (a-z, 0-9, "_"), e.g. "kosten_sach"');

/** Calendar date written YYYY-MM-DD; YAML may hand it over as a string only (see loader). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: (iss) => `"${String(iss.input)}" is not a real calendar date`,
  });

/** A text in the two languages of the app; German is the reference. */
/** The fact sheet's research markers ([UNSICHER], [JAHR], [~2019] …) are for editors, never for users. */
const MARKER = /\[(UNSICHER|JAHR|SEK|OFF|HIST|aktuell|~)/;
const UserText = (empty: string) =>
  z
    .string()
    .min(1, empty)
    .refine((s) => !MARKER.test(s), {
      message: 'research markers like [UNSICHER] or [~2019] are not shown to users; say it in words (and mark the rule `uncertain`)',
    });

export const Localized = z.strictObject({
  de: UserText('German text must not be empty'),
  en: UserText('English text must not be empty'),
});

export const LEVELS = ['eu', 'bund', 'land', 'kommune', 'stiftung_lotterie'] as const;
export const Level = z.enum(LEVELS);

export const FUNDING_TYPES = ['zuschuss', 'darlehen', 'gutschein', 'beratung', 'dienstleistung', 'preis'] as const;
export const FundingType = z.enum(FUNDING_TYPES);

export const CostType = z.enum(COST_TYPES);

/** What kind of offer: money, advice or training. Advice and training carry no amount. */
export const OFFER_KINDS = ['foerderung', 'beratung', 'qualifizierung'] as const;
export const OfferKind = z.enum(OFFER_KINDS);

/**
 * A source as programs.md gives it: an address (or, where only a reference is known, that
 * reference), what part of it says the fact, and its Stand ("2026-03", "o. D. [~2018]").
 */
export const Source = z
  .strictObject({
    id: KebabId,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
    reference: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    stand: z
      .string()
      .min(1, 'give the Stand of the source, or "o. D." if it shows none')
      .refine((s) => !/[[\]]/.test(s), {
        message: 'write the Stand the source shows (a date, or "o. D."); guesses in brackets are not shown to users',
      }),
    official: z.boolean(),
  })
  .refine((s) => s.url !== undefined || s.reference !== undefined, {
    message: 'a source needs a url or, where no full address is known, a reference',
  });

/** Points to one of the program's (or file's) sources, optionally to a section of it. */
export const SourceRef = z.union([
  KebabId,
  z.strictObject({ ref: KebabId, section: z.string().min(1).optional() }),
]).transform((r) => (typeof r === 'string' ? { ref: r } : r));

export const Euro = z.number().int('amounts are whole euros').nonnegative('amounts are ≥ 0');
export const Share = z.number().min(0, 'a share is between 0 and 1').max(1, 'a share is between 0 and 1 (60 % = 0.6)');
