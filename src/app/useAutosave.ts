import { useEffect, useRef } from 'react';
import { consultationOf, isBlank, type ConsultationParts } from '../advisor/consultationOf';
import type { SaveState } from '../advisor/saveState';
import type { Catalogue, Evaluation } from '../engine';
import type { Variant } from '../wizard/wizard.machine';
import { clearDraft, saveDraft } from './draftStorage';
import type { Place } from './useHistorySync';

/**
 * Writes the consultation to local storage on every change (answers, plan, notes, variant, place),
 * with a fresh snapshot of the programs; an empty consultation leaves no draft behind.
 */
export function useAutosave(
  catalogue: Catalogue,
  asOf: string,
  parts: ConsultationParts & { readonly variant?: Variant | undefined },
  evaluation: Evaluation,
  place: Place,
  onSaved: ((state: SaveState) => void) | undefined,
) {
  const report = useRef(onSaved);
  useEffect(() => {
    report.current = onSaved;
  }, [onSaved]);
  const { answers, planItems, pinned, excluded, notes, variant } = parts;
  const { step, view, programId } = place;
  useEffect(() => {
    const now = new Date();
    const current = { answers, planItems, pinned, excluded, notes };
    if (isBlank(current) && !variant) {
      clearDraft();
      report.current?.({ kind: 'empty' });
      return;
    }
    const consultation = consultationOf(catalogue, asOf, current, evaluation, now);
    const ok = saveDraft({ consultation, place: { step, ...(view ? { view } : {}), ...(programId ? { programId } : {}) }, ...(variant ? { variant } : {}) });
    report.current?.(ok ? { kind: 'saved', at: now } : { kind: 'failed' });
  }, [catalogue, asOf, answers, planItems, pinned, excluded, notes, variant, evaluation, step, view, programId]);
}
