import type { Consultation } from '../consultation/consultation';
import { decodeShareLink, type LinkError } from '../consultation/shareLink';
import type { Answers, Catalogue, CostItem } from '../engine';
import { NO_NOTES, type Notes, type Variant } from '../wizard/wizard.machine';
import { loadDraft } from './draftStorage';
import { prefillFromQuery } from './prefill';
import { placeFromHash, type Place } from './useHistorySync';

/** A consultation that was opened (a link, a file, the stored draft), to say what changed since. */
export interface Opened {
  readonly source: 'draft' | 'file' | 'link';
  readonly consultation: Consultation;
  /** Answers and program ids that were left out because they are not valid (or not known). */
  readonly dropped: readonly string[];
  /** The file's name. */
  readonly name?: string;
}

/** What the wizard machine starts with. */
export interface Initial {
  readonly answers: Answers;
  readonly planItems?: readonly CostItem[];
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
  readonly notes: Notes;
  readonly variant?: Variant;
}

export interface Start {
  readonly initial: Initial;
  readonly place: Place;
  readonly opened?: Opened;
  /** Answers in the address (`?antragsteller=…`) that were not taken. */
  readonly ignored: readonly string[];
  readonly corruptDraft: boolean;
  /** A share link that could not be opened: the draft's answers are kept. */
  readonly linkError?: LinkError | 'not_json' | 'not_a_consultation' | 'unsupported_version' | 'invalid';
}

export const BLANK: Initial = { answers: {}, pinned: [], excluded: [], notes: NO_NOTES };

function fromConsultation(c: Consultation): Initial {
  return { answers: c.answers, ...(c.planItems ? { planItems: c.planItems } : {}), pinned: c.pinned, excluded: c.excluded, notes: c.notes };
}

/**
 * Where to begin: a share link in the fragment (`#c=…`) opens its consultation on the results;
 * otherwise the stored draft, at its place or the place the address names. Answers given in the
 * address overlay either. A link that cannot be opened leaves the draft as it was, and says so.
 */
export function startFrom(catalogue: Catalogue, location: { hash: string; search: string } = window.location, storage?: Storage): Start {
  const link = decodeShareLink(location.hash, catalogue);
  const { draft, corrupt } = storage ? loadDraft(catalogue, storage) : loadDraft(catalogue);
  const prefill = prefillFromQuery(catalogue, location.search);
  const prefilled = Object.keys(prefill.answers).length > 0;
  const common = { ignored: prefill.ignored, corruptDraft: corrupt };
  if (link.ok) {
    const base = fromConsultation(link.consultation);
    return {
      ...common,
      initial: { ...base, answers: { ...base.answers, ...prefill.answers } },
      place: prefilled ? { step: 'start' } : { step: 'ergebnis' },
      opened: { source: 'link', consultation: link.consultation, dropped: link.dropped },
    };
  }
  const base = draft ? { ...fromConsultation(draft.consultation), ...(draft.variant ? { variant: draft.variant } : {}) } : BLANK;
  return {
    ...common,
    initial: { ...base, answers: { ...base.answers, ...prefill.answers } },
    place: prefilled ? { step: 'start' } : (placeFromHash(location.hash) ?? draft?.place ?? { step: 'start' }),
    ...(draft?.consultation.snapshot ? { opened: { source: 'draft' as const, consultation: draft.consultation, dropped: [] } } : {}),
    ...(link.error !== 'not_a_link' ? { linkError: link.error } : {}),
  };
}
