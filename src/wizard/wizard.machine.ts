import { assign, setup } from 'xstate';
import type { Consultation } from '../consultation/consultation';
import { defaultItems, type Answers, type Catalogue, type CostItem, type FactValue, type GemeindeIndex } from '../engine';
import { factIdsOf, pruneAnswers, visibleQuestions, type AskContext } from './questions';

/** The question sections, in order (ids of `rules/questions.yaml`). */
export const SECTIONS = ['wer', 'vorhaben', 'rahmen', 'kosten'] as const;
export type SectionId = (typeof SECTIONS)[number];
/** Every screen of the wizard; the results have sub-views. */
export const STEPS = ['start', ...SECTIONS, 'pruefen', 'ergebnis'] as const;
export type StepId = (typeof STEPS)[number];
export type ResultView = 'liste' | 'programm' | 'uebersicht' | 'plan' | 'vergleich';

/** The advisor's notes: one for the whole consultation, one per program (by program id). */
export interface Notes {
  readonly general: string;
  readonly programs: Readonly<Record<string, string>>;
}
export const NO_NOTES: Notes = { general: '', programs: {} };

/** A variant of the project kept for comparison ("Gemeinde allein"), as a consultation. */
export interface Variant {
  readonly label: string;
  readonly consultation: Consultation;
}

/** What a LOAD may bring besides the answers: a whole consultation's plan and notes. */
export interface LoadedPlan {
  readonly items?: readonly CostItem[];
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
}

export interface WizardContext {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  readonly gemeinden?: GemeindeIndex;
  readonly answers: Answers;
  /** Which way the user is moving, so sections without questions are skipped that way. */
  readonly direction: 'forward' | 'back';
  /** Set by EDIT on the review page: NEXT leads back to the review. */
  readonly returnToReview: boolean;
  readonly programId?: string;
  /** The financing plan's cost items as the user split them; undefined: one per cost type of the answers. */
  readonly planItems?: readonly CostItem[];
  /** Programs the user fixed in the plan, and programs the user took out of it. */
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
  readonly notes: Notes;
  /** The variant kept with "Variante merken", compared with the current answers. */
  readonly variant?: Variant;
}

export type WizardEvent =
  | { type: 'START' }
  | { type: 'NEXT'; answers?: Answers }
  | { type: 'BACK' }
  | { type: 'EDIT'; section: SectionId }
  | { type: 'RESTART' }
  | { type: 'GOTO'; step: StepId }
  | { type: 'SHOW_PROGRAM'; id: string }
  | { type: 'SHOW_LIST' }
  | { type: 'SHOW_OVERVIEW' }
  | { type: 'SHOW_PLAN' }
  | { type: 'SET_PLAN_ITEMS'; items: readonly CostItem[] }
  | { type: 'PIN'; id: string; pinned: boolean }
  | { type: 'EXCLUDE'; id: string; excluded: boolean }
  | { type: 'SHOW_COMPARE' }
  | { type: 'SET_NOTE'; text: string; programId?: string }
  | { type: 'SAVE_VARIANT'; label: string; consultation: Consultation }
  | { type: 'CLEAR_VARIANT' }
  | { type: 'LOAD'; answers: Answers; step?: StepId; plan?: LoadedPlan; notes?: Notes }
  | { type: 'SET_GEMEINDEN'; gemeinden: GemeindeIndex };

export interface WizardInput {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  readonly answers?: Answers;
}

/** The plan's own cost items are kept only while the costs in the answers stay what they were. */
function keepPlanItems(c: WizardContext, answers: Answers): Pick<WizardContext, 'planItems'> {
  return { planItems: JSON.stringify(defaultItems(answers)) === JSON.stringify(defaultItems(c.answers)) ? c.planItems : undefined };
}
const without = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);
const withId = (ids: readonly string[], id: string) => [...without(ids, id), id];

const ask = (c: WizardContext): AskContext => ({ catalogue: c.catalogue, asOf: c.asOf, ...(c.gemeinden ? { gemeinden: c.gemeinden } : {}) });

/** Replaces one section's answers with what its form submitted, then drops what became irrelevant. */
function submit(c: WizardContext, section: SectionId, given: Answers | undefined): Answers {
  const own = factIdsOf(c.catalogue, section);
  const rest: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(c.answers)) if (!own.has(k)) rest[k] = v;
  for (const [k, v] of Object.entries(given ?? {})) if (own.has(k)) rest[k] = v;
  return pruneAnswers(ask(c), rest);
}

const sectionState = (section: SectionId, prev: StepId, next: StepId) => ({
  // A section whose questions cannot change any result is skipped, in the direction of travel.
  always: [
    { guard: { type: 'skipForward' as const, params: { section } }, target: next },
    { guard: { type: 'skipBack' as const, params: { section } }, target: prev },
  ],
  on: {
    NEXT: [
      { guard: 'returnToReview' as const, target: 'pruefen', actions: [{ type: 'saveSection' as const, params: { section } }, 'forward' as const] },
      { target: next, actions: [{ type: 'saveSection' as const, params: { section } }, 'forward' as const] },
    ],
    BACK: { target: prev, actions: 'back' as const },
  },
});

/** EDIT from the review or the results: into one section, and NEXT leads back to the review. */
const editSection = (root: string) =>
  SECTIONS.map((section) => ({
    guard: ({ event }: { event: WizardEvent }) => event.type === 'EDIT' && event.section === section,
    target: `${root}.${section}`,
    actions: 'edit' as const,
  }));

/** One guarded transition per step, for events that name their target step. */
const toStep = (actions: 'goto' | 'load') =>
  STEPS.map((step) => ({
    guard: ({ event }: { event: WizardEvent }) => 'step' in event && event.step === step,
    target: `.${step}`,
    actions,
  }));

/**
 * The questionnaire: Start → Wer beantragt? → Ihr Vorhaben → Rahmenbedingungen → Kosten und
 * Zeitplan → Ihre Angaben prüfen → Ergebnis. Guards ask the engine (through `questions.ts`)
 * whether a section has anything left to ask; no eligibility logic lives here.
 */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    skipForward: ({ context }, p: { section: SectionId }) =>
      context.direction === 'forward' && visibleQuestions(ask(context), context.answers, p.section).length === 0,
    skipBack: ({ context }, p: { section: SectionId }) =>
      context.direction === 'back' && visibleQuestions(ask(context), context.answers, p.section).length === 0,
    returnToReview: ({ context }) => context.returnToReview,
  },
  actions: {
    saveSection: assign(({ context, event }, p: { section: SectionId }) => {
      const answers = event.type === 'NEXT' ? submit(context, p.section, event.answers) : context.answers;
      return { answers, ...keepPlanItems(context, answers) };
    }),
    forward: assign({ direction: 'forward' as const }),
    back: assign({ direction: 'back' as const, returnToReview: false }),
    goto: assign({ direction: 'forward' as const, returnToReview: false }),
    edit: assign({ direction: 'forward' as const, returnToReview: true }),
    load: assign(({ context, event }) => {
      if (event.type !== 'LOAD') return {};
      const answers = pruneAnswers(ask(context), event.answers);
      // A whole consultation (a file, a link) brings its own plan and notes.
      const plan = event.plan ? { planItems: event.plan.items, pinned: event.plan.pinned, excluded: event.plan.excluded } : keepPlanItems(context, answers);
      return { answers, ...plan, ...(event.notes ? { notes: event.notes } : {}), direction: 'forward' as const, returnToReview: false };
    }),
    setNote: assign(({ context, event }) => {
      if (event.type !== 'SET_NOTE') return {};
      if (event.programId === undefined) return { notes: { ...context.notes, general: event.text } };
      const programs = { ...context.notes.programs };
      // An emptied note is no note: it leaves no empty entry in the file.
      if (event.text.trim() === '') delete programs[event.programId];
      else programs[event.programId] = event.text;
      return { notes: { ...context.notes, programs } };
    }),
    setPlanItems: assign(({ context, event }) => ({ planItems: event.type === 'SET_PLAN_ITEMS' ? event.items : context.planItems })),
    // A program is either fixed in the plan or taken out of it, never both.
    pin: assign(({ context, event }) =>
      event.type === 'PIN'
        ? { pinned: event.pinned ? withId(context.pinned, event.id) : without(context.pinned, event.id), excluded: event.pinned ? without(context.excluded, event.id) : context.excluded }
        : {},
    ),
    exclude: assign(({ context, event }) =>
      event.type === 'EXCLUDE'
        ? { excluded: event.excluded ? withId(context.excluded, event.id) : without(context.excluded, event.id), pinned: event.excluded ? without(context.pinned, event.id) : context.pinned }
        : {},
    ),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    catalogue: input.catalogue,
    asOf: input.asOf,
    answers: input.answers ?? {},
    direction: 'forward',
    returnToReview: false,
    pinned: [],
    excluded: [],
    notes: NO_NOTES,
  }),
  initial: 'start',
  on: {
    RESTART: {
      target: '.start',
      actions: assign({ answers: {}, direction: 'forward' as const, returnToReview: false, programId: undefined, planItems: undefined, pinned: [], excluded: [], notes: NO_NOTES, variant: undefined }),
    },
    SET_NOTE: { actions: 'setNote' },
    SAVE_VARIANT: { actions: assign({ variant: ({ event }) => ({ label: event.label, consultation: event.consultation }) }) },
    CLEAR_VARIANT: { actions: assign({ variant: undefined }) },
    SET_GEMEINDEN: { actions: assign({ gemeinden: ({ event }) => event.gemeinden }) },
    GOTO: toStep('goto'),
    LOAD: [...toStep('load'), { actions: 'load' }],
  },
  states: {
    start: { on: { START: { target: 'wer', actions: 'forward' }, NEXT: { target: 'wer', actions: 'forward' } } },
    wer: sectionState('wer', 'start', 'vorhaben'),
    vorhaben: sectionState('vorhaben', 'wer', 'rahmen'),
    rahmen: sectionState('rahmen', 'vorhaben', 'kosten'),
    kosten: sectionState('kosten', 'rahmen', 'pruefen'),
    pruefen: {
      entry: assign({ returnToReview: false }),
      on: {
        NEXT: 'ergebnis',
        BACK: { target: 'kosten', actions: 'back' },
        EDIT: editSection('#wizard'),
      },
    },
    ergebnis: {
      initial: 'liste',
      on: {
        BACK: { target: 'pruefen', actions: 'back' },
        SHOW_PROGRAM: { target: '.programm', actions: assign({ programId: ({ event }) => event.id }) },
        SHOW_LIST: '.liste',
        SHOW_OVERVIEW: '.uebersicht',
        SHOW_PLAN: '.plan',
        SHOW_COMPARE: '.vergleich',
        SET_PLAN_ITEMS: { actions: 'setPlanItems' },
        PIN: { actions: 'pin' },
        EXCLUDE: { actions: 'exclude' },
        EDIT: editSection('#wizard'),
      },
      states: { liste: {}, programm: {}, uebersicht: {}, plan: {}, vergleich: {} },
    },
  },
});
