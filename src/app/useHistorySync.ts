import { useEffect, useRef } from 'react';
import { STEPS, type StepId, type WizardEvent } from '../wizard/wizard.machine';

/** `#/wer`, `#/ergebnis/programm/elr`, `#/ergebnis/plan`, `#/ergebnis/vergleich`: the place in the wizard as the address shows it. */
export function hashFor(step: StepId, view: string | undefined, programId: string | undefined): string {
  if (step !== 'ergebnis' || !view || view === 'liste') return `#/${step}`;
  return view === 'programm' && programId ? `#/ergebnis/programm/${programId}` : `#/ergebnis/${view}`;
}

/** The place a hash names, if it names one. */
export interface Place {
  readonly step: StepId;
  readonly view?: string;
  readonly programId?: string;
}

export function placeFromHash(hash: string): Place | undefined {
  const [step, view, programId] = hash.replace(/^#\/?/, '').split('/');
  const known = STEPS.find((s) => s === step);
  if (!known) return undefined;
  return { step: known, ...(view ? { view } : {}), ...(programId ? { programId: decodeURIComponent(programId) } : {}) };
}

/** A share link's fragment: `#c=…`, also after other parameters (`#lang=en&c=…`). */
export function isShareLink(hash: string): boolean {
  return /^#(?:.*&)?c=/.test(hash);
}

/**
 * Keeps the browser history in step with the machine: each new screen is a history entry, and
 * the back and forward buttons move the machine (GOTO) to the screen they name.
 */
export function useHistorySync(step: StepId, view: string | undefined, programId: string | undefined, send: (e: WizardEvent) => void) {
  const first = useRef(true);
  useEffect(() => {
    const hash = hashFor(step, view, programId);
    const replace = first.current;
    // The first screen replaces the entry it was opened with, even when the address already names it.
    first.current = false;
    if (window.location.hash === hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [step, view, programId]);

  useEffect(() => {
    const onPop = () => {
      const place = placeFromHash(window.location.hash);
      if (!place) return;
      send({ type: 'GOTO', step: place.step });
      if (place.step === 'ergebnis' && place.view === 'programm' && place.programId) send({ type: 'SHOW_PROGRAM', id: place.programId });
      if (place.step === 'ergebnis' && place.view === 'uebersicht') send({ type: 'SHOW_OVERVIEW' });
      if (place.step === 'ergebnis' && place.view === 'plan') send({ type: 'SHOW_PLAN' });
      if (place.step === 'ergebnis' && place.view === 'vergleich') send({ type: 'SHOW_COMPARE' });
    };
    // A share link pasted into the address bar of an open app changes only the fragment: start
    // afresh, so it is opened (and checked) exactly as a link opened in a new tab.
    const onHash = () => {
      if (isShareLink(window.location.hash)) window.location.reload();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onHash);
    };
  }, [send]);
}
