import { emptyConsultation, snapshotOf, type Consultation } from '../consultation/consultation';
import type { Catalogue, CostItem, Evaluation } from '../engine';
import type { Notes, WizardEvent } from '../wizard/wizard.machine';

/** What the wizard machine holds of a consultation. */
export interface ConsultationParts {
  readonly answers: Consultation['answers'];
  readonly planItems?: readonly CostItem[] | undefined;
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
  readonly notes: Notes;
}

/**
 * The consultation as it stands: the machine's answers, plan and notes, the day it is judged as of,
 * the catalogue it was made with, and a snapshot of every program's status, amount and deadline
 * (so that "what changed" can be told when it is opened again with newer program data).
 */
export function consultationOf(catalogue: Catalogue, asOf: string, parts: ConsultationParts, evaluation: Evaluation, now: Date = new Date()): Consultation {
  return {
    ...emptyConsultation(catalogue, asOf, now),
    answers: { ...parts.answers },
    ...(parts.planItems ? { planItems: parts.planItems.map((i) => ({ ...i })) } : {}),
    pinned: [...parts.pinned],
    excluded: [...parts.excluded],
    notes: { general: parts.notes.general, programs: { ...parts.notes.programs } },
    snapshot: snapshotOf(evaluation),
  };
}

/** Nothing worth keeping: no answer, no cost item, no pin or exclusion, no note. */
export function isBlank(parts: ConsultationParts): boolean {
  return (
    Object.keys(parts.answers).length === 0 &&
    !parts.planItems &&
    parts.pinned.length === 0 &&
    parts.excluded.length === 0 &&
    parts.notes.general.trim() === '' &&
    Object.keys(parts.notes.programs).length === 0
  );
}

/** The machine event that opens a consultation (from a file or a link) on the results. */
export function loadEvent(c: Consultation): WizardEvent {
  return {
    type: 'LOAD',
    answers: c.answers,
    step: 'ergebnis',
    plan: { ...(c.planItems ? { items: c.planItems } : {}), pinned: c.pinned, excluded: c.excluded },
    notes: c.notes,
  };
}
