import { useMachine } from '@xstate/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Advisor } from '../advisor/advisor';
import { consultationOf, loadEvent } from '../advisor/consultationOf';
import type { SaveState } from '../advisor/saveState';
import { evaluate, type Answers, type Catalogue } from '../engine';
import { LivePreview } from '../steps/LivePreview';
import { ReviewPage } from '../steps/ReviewPage';
import { StartPage } from '../steps/StartPage';
import { StepPage } from '../steps/StepPage';
import { askableQuestions, pruneAnswers, visibleQuestions } from '../wizard/questions';
import { SECTIONS, wizardMachine, type SectionId, type StepId } from '../wizard/wizard.machine';
import { GemeindenProvider } from '../ui/GemeindenContext';
import { loadGemeindeData, loadGemeinden } from './gemeindenData';
import type { Initial, Opened, Start } from './startup';
import { useAutosave } from './useAutosave';
import { useHistorySync, type Place } from './useHistorySync';

export interface WizardProps {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  readonly start: Pick<Start, 'initial' | 'place' | 'opened'>;
  readonly onSaved?: (state: SaveState) => void;
}

// The results screens are a chunk of their own: the first screen does not need them.
const ResultScreens = lazy(() => import('./ResultScreens').then((m) => ({ default: m.ResultScreens })));

const RESULT_VIEWS = ['liste', 'programm', 'uebersicht', 'plan', 'vergleich'];

/** The machine's state to start from: a restored or prefilled place (with its result view), answers, plan and notes. */
function initialSnapshot(catalogue: Catalogue, asOf: string, initial: Initial, place: Place) {
  const programId = place.programId && catalogue.programs.some((p) => p.id === place.programId) ? place.programId : undefined;
  const view = place.view && RESULT_VIEWS.includes(place.view) && (place.view !== 'programm' || programId) ? place.view : 'liste';
  const context = {
    catalogue,
    asOf,
    answers: pruneAnswers({ catalogue, asOf }, initial.answers),
    direction: 'forward' as const,
    returnToReview: false,
    ...(initial.planItems ? { planItems: initial.planItems } : {}),
    pinned: initial.pinned,
    excluded: initial.excluded,
    notes: initial.notes,
    ...(initial.variant ? { variant: initial.variant } : {}),
    ...(programId ? { programId } : {}),
  };
  return wizardMachine.resolveState({ value: place.step === 'ergebnis' ? { ergebnis: view } : place.step, context });
}

/** Renders the wizard machine's current screen and keeps history and the draft in step with it. */
export function Wizard({ catalogue, asOf, start, onSaved }: WizardProps) {
  const [snapshot] = useState(() => initialSnapshot(catalogue, asOf, start.initial, start.place));
  const [state, send, actor] = useMachine(wizardMachine, { input: { catalogue, asOf }, snapshot });
  const [focusFact, setFocusFact] = useState<string>();
  // What is typed on the current step, so the preview follows the form before it is submitted.
  const [draft, setDraft] = useState<Answers>();
  // The consultation opened last, with the answers it brought: "what changed" is shown while they stand.
  const [opened, setOpened] = useState<{ opened: Opened; answers: Answers } | undefined>(() =>
    start.opened ? { opened: start.opened, answers: snapshot.context.answers } : undefined,
  );

  const { answers, gemeinden, programId, returnToReview, planItems, pinned, excluded, notes, variant } = state.context;
  const step = (typeof state.value === 'string' ? state.value : Object.keys(state.value)[0]) as StepId;
  const view = typeof state.value === 'object' ? (state.value as { ergebnis: string }).ergebnis : undefined;
  useHistorySync(step, view, programId, send);

  useEffect(() => {
    if (!gemeinden && (step === 'wer' || typeof answers.ags === 'string')) {
      void loadGemeindeData().then((d) => send({ type: 'SET_GEMEINDEN', gemeinden: d.index }));
    }
  }, [gemeinden, step, answers.ags, send]);

  const ask = { catalogue, asOf, ...(gemeinden ? { gemeinden } : {}) };
  const evaluation = useMemo(() => evaluate(catalogue, answers, { asOf, ...(gemeinden ? { gemeinden } : {}) }), [catalogue, answers, asOf, gemeinden]);
  const preview = useMemo(
    () => (draft ? evaluate(catalogue, pruneAnswers(ask, { ...answers, ...draft }), { asOf, ...(gemeinden ? { gemeinden } : {}) }) : evaluation),
    // `ask` is rebuilt each render from the values listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, evaluation, catalogue, answers, asOf, gemeinden],
  );
  const place: Place = { step, ...(view ? { view } : {}), ...(view === 'programm' && programId ? { programId } : {}) };
  useAutosave(catalogue, asOf, { answers, planItems, pinned, excluded, notes, variant }, evaluation, place, onSaved);

  const gemeindeName = typeof answers.ags === 'string' ? gemeinden?.get(answers.ags)?.name : undefined;
  const editFact = (factId: string) => {
    const section = catalogue.facts.find((f) => f.id === factId)?.section as SectionId | undefined;
    if (!section) return;
    setFocusFact(factId);
    send({ type: 'EDIT', section });
  };

  if (step === 'start') return <StartPage hasDraft={Object.keys(answers).length > 0} onStart={() => send({ type: 'START' })} />;
  if ((SECTIONS as readonly string[]).includes(step)) {
    const section = catalogue.sections.find((s) => s.id === step)!;
    return (
      <div className="with-preview">
        <div className="step">
          <GemeindenProvider load={loadGemeinden}>
          <StepPage
            key={step}
            catalogue={catalogue}
            title={section.title}
            position={SECTIONS.indexOf(step as SectionId) + 1}
            total={SECTIONS.length}
            questions={askableQuestions(ask, answers, step)}
            answers={answers}
            returnToReview={returnToReview}
            focusFact={focusFact}
            onDraftChange={setDraft}
            onNext={(given) => {
              setFocusFact(undefined);
              setDraft(undefined);
              send({ type: 'NEXT', answers: given });
            }}
            onBack={() => send({ type: 'BACK' })}
          />
          </GemeindenProvider>
        </div>
        <LivePreview evaluation={preview} />
      </div>
    );
  }
  if (step === 'pruefen') {
    const sections = catalogue.sections
      .map((s) => ({ id: s.id, title: s.title, questions: visibleQuestions(ask, answers, s.id) }))
      .filter((s) => s.questions.length > 0);
    return (
      <ReviewPage
        catalogue={catalogue}
        sections={sections}
        answers={answers}
        {...(gemeindeName ? { gemeindeName } : {})}
        onEdit={(id) => send({ type: 'EDIT', section: id as SectionId })}
        onNext={() => send({ type: 'NEXT' })}
        onBack={() => send({ type: 'BACK' })}
      />
    );
  }
  const current = () => consultationOf(catalogue, asOf, { answers, planItems, pinned, excluded, notes }, evaluation);
  const advisor: Advisor = {
    notes,
    variant,
    opened: opened && opened.answers === answers ? opened.opened : undefined,
    gemeinden,
    settled: gemeinden !== undefined || typeof answers.ags !== 'string',
    current,
    onNote: (text, id) => send({ type: 'SET_NOTE', text, ...(id ? { programId: id } : {}) }),
    onOpen: (o) => {
      send(loadEvent(o.consultation));
      setOpened({ opened: o, answers: actor.getSnapshot().context.answers });
    },
    onDismissOpened: () => setOpened(undefined),
    onSaveVariant: (label) => send({ type: 'SAVE_VARIANT', label, consultation: current() }),
    onClearVariant: () => send({ type: 'CLEAR_VARIANT' }),
    onShowCompare: () => send({ type: 'SHOW_COMPARE' }),
  };
  return (
    <Suspense fallback={<p role="status">…</p>}>
      <ResultScreens
        view={view}
        programId={programId}
        catalogue={catalogue}
        evaluation={evaluation}
        asOf={asOf}
        send={send}
        onEditFact={editFact}
        plan={{ items: planItems, pinned, excluded }}
        advisor={advisor}
      />
    </Suspense>
  );
}
