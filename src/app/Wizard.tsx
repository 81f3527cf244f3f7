import { useMachine } from '@xstate/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { evaluate, type Answers, type Catalogue } from '../engine';
import { LivePreview } from '../steps/LivePreview';
import { ReviewPage } from '../steps/ReviewPage';
import { StartPage } from '../steps/StartPage';
import { StepPage } from '../steps/StepPage';
import { askableQuestions, pruneAnswers, visibleQuestions } from '../wizard/questions';
import { SECTIONS, wizardMachine, type SectionId, type StepId } from '../wizard/wizard.machine';
import { saveDraft } from './draftStorage';
import { GemeindenProvider } from '../ui/GemeindenContext';
import { loadGemeindeData, loadGemeinden } from './gemeindenData';
import { useHistorySync, type Place } from './useHistorySync';

export interface WizardProps {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  readonly initialAnswers: Answers;
  readonly initialPlace: Place;
}

// The results screens are a chunk of their own: the first screen does not need them.
const ResultScreens = lazy(() => import('./ResultScreens').then((m) => ({ default: m.ResultScreens })));

const RESULT_VIEWS = ['liste', 'programm', 'uebersicht', 'plan'];

/** The machine's state to start from: a restored or prefilled place (with its result view) and answers. */
function initialSnapshot(catalogue: Catalogue, asOf: string, answers: Answers, place: Place) {
  const programId = place.programId && catalogue.programs.some((p) => p.id === place.programId) ? place.programId : undefined;
  const view = place.view && RESULT_VIEWS.includes(place.view) && (place.view !== 'programm' || programId) ? place.view : 'liste';
  const context = {
    catalogue,
    asOf,
    answers: pruneAnswers({ catalogue, asOf }, answers),
    direction: 'forward' as const,
    returnToReview: false,
    pinned: [],
    excluded: [],
    ...(programId ? { programId } : {}),
  };
  return wizardMachine.resolveState({ value: place.step === 'ergebnis' ? { ergebnis: view } : place.step, context });
}

/** Renders the wizard machine's current screen and keeps history and the draft in step with it. */
export function Wizard({ catalogue, asOf, initialAnswers, initialPlace }: WizardProps) {
  const [snapshot] = useState(() => initialSnapshot(catalogue, asOf, initialAnswers, initialPlace));
  const [state, send] = useMachine(wizardMachine, { input: { catalogue, asOf }, snapshot });
  const [focusFact, setFocusFact] = useState<string>();
  // What is typed on the current step, so the preview follows the form before it is submitted.
  const [draft, setDraft] = useState<Answers>();

  const { answers, gemeinden, programId, returnToReview, planItems, pinned, excluded } = state.context;
  const step = (typeof state.value === 'string' ? state.value : Object.keys(state.value)[0]) as StepId;
  const view = typeof state.value === 'object' ? (state.value as { ergebnis: string }).ergebnis : undefined;
  useHistorySync(step, view, programId, send);

  useEffect(() => {
    saveDraft({ answers, step });
  }, [answers, step]);
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
      />
    </Suspense>
  );
}
