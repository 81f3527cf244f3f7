import { afterAll, describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import { emptyConsultation } from '../consultation/consultation';
import { wizardMachine, type WizardEvent } from './wizard.machine';

const catalogue = uiCatalogue();
const input = { catalogue, asOf: '2026-11-21' };
type Snap = SnapshotFrom<typeof wizardMachine>;

/** Every leaf state of the machine, as a dotted path ("ergebnis.programm"). */
function leafStates(): string[] {
  const out: string[] = [];
  const walk = (node: { states: Record<string, unknown>; path: string[] }) => {
    const children = Object.values(node.states) as (typeof node)[];
    if (children.length === 0) out.push(node.path.join('.'));
    children.forEach(walk);
  };
  walk(wizardMachine.root as unknown as { states: Record<string, unknown>; path: string[] });
  return out;
}
const visited = new Set<string>();
const key = (s: Snap) => (typeof s.value === 'string' ? s.value : Object.entries(s.value).map(([k, v]) => `${k}.${String(v)}`)[0]!);
const record = (s: Snap) => visited.add(key(s));

// Sample events: a Gemeinde and a Verein journey, going back, editing, the result views.
const EVENTS: WizardEvent[] = [
  { type: 'START' },
  { type: 'NEXT', answers: { antragsteller: 'gemeinde' } },
  { type: 'NEXT', answers: { antragsteller: 'verein', gemeinnuetzig: true } },
  { type: 'NEXT', answers: { handlungsfelder: ['pflege_gesundheit'], phasen: ['beteiligung'] } },
  { type: 'NEXT', answers: { buergerbeteiligung: true, gemeinderatsbeschluss: true } },
  { type: 'NEXT', answers: { kosten_sach: 5000, kosten_personal: 0, kosten_beratung: 0, kosten_investition: 0, bereits_begonnen: false } },
  { type: 'NEXT' },
  { type: 'BACK' },
  { type: 'EDIT', section: 'rahmen' },
  { type: 'SHOW_PROGRAM', id: 'quartiersimpulse' },
  { type: 'SHOW_OVERVIEW' },
  { type: 'SHOW_PLAN' },
  { type: 'SHOW_LIST' },
  { type: 'SET_NOTE', text: 'Gemeinderat am 12.12.' },
  { type: 'SAVE_VARIANT', label: 'Gemeinde allein', consultation: emptyConsultation(catalogue, '2026-11-21', new Date('2026-11-21T10:00:00Z')) },
  { type: 'SHOW_COMPARE' },
  { type: 'CLEAR_VARIANT' },
  { type: 'RESTART' },
];
// Answers only steer which sections are skipped; the place and the way back make a state.
const serializeState = (s: Snap) => `${JSON.stringify(s.value)}|${s.context.returnToReview}|${s.context.direction}|${Object.keys(s.context.answers).length > 0}`;

describe('the wizard machine, model-based', () => {
  const paths = getShortestPaths(wizardMachine, { input, events: EVENTS, serializeState, limit: 4000 });
  for (const p of paths) record(p.state);

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => key(p.state)));
    expect(leafStates().filter((s) => !reached.has(s))).toEqual([]);
  });

  it('reaches the results from every reachable state by going on', () => {
    for (const p of paths) {
      const actor = createActor(wizardMachine, { input, snapshot: p.state }).start();
      for (let i = 0; i < 8 && !actor.getSnapshot().matches('ergebnis'); i++) {
        actor.send(actor.getSnapshot().matches('start') ? { type: 'START' } : { type: 'NEXT' });
      }
      expect(actor.getSnapshot().matches('ergebnis'), `from ${serializeState(p.state)}`).toBe(true);
      record(actor.getSnapshot());
      actor.stop();
    }
  });
});

describe('the wizard machine, journeys', () => {
  const start = () => {
    const actor = createActor(wizardMachine, { input }).start();
    actor.subscribe(record);
    return actor;
  };

  it('skips questions that cannot change a result and drops answers that became irrelevant', () => {
    const a = start();
    a.send({ type: 'START' });
    a.send({ type: 'NEXT', answers: { antragsteller: 'verein', gemeinnuetzig: true } });
    expect(a.getSnapshot().value).toBe('vorhaben');
    a.send({ type: 'BACK' });
    a.send({ type: 'NEXT', answers: { antragsteller: 'gemeinde', gemeinnuetzig: true } });
    // gemeinnuetzig is not asked of a Gemeinde, so its answer is dropped.
    expect(a.getSnapshot().context.answers).toEqual({ antragsteller: 'gemeinde' });
  });

  it('goes back from the results to the review and edits one section, returning to the review', () => {
    const a = start();
    for (const e of EVENTS.slice(0, 2)) a.send(e);
    a.send({ type: 'NEXT', answers: { phasen: ['beteiligung'] } });
    a.send({ type: 'NEXT', answers: { buergerbeteiligung: true } });
    a.send({ type: 'NEXT', answers: {} });
    expect(a.getSnapshot().value).toBe('pruefen');
    a.send({ type: 'EDIT', section: 'wer' });
    expect(a.getSnapshot().value).toBe('wer');
    a.send({ type: 'NEXT', answers: { antragsteller: 'stadtkreis' } });
    expect(a.getSnapshot().value).toBe('pruefen');
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().matches({ ergebnis: 'liste' })).toBe(true);
    a.send({ type: 'EDIT', section: 'kosten' });
    expect(a.getSnapshot().value).toBe('kosten');
  });

  it('follows the browser history with GOTO and restores a saved place with LOAD', () => {
    const a = start();
    a.send({ type: 'LOAD', answers: { antragsteller: 'gemeinde', phasen: ['beteiligung'] }, step: 'ergebnis' });
    expect(a.getSnapshot().matches('ergebnis')).toBe(true);
    a.send({ type: 'GOTO', step: 'vorhaben' });
    expect(a.getSnapshot().value).toBe('vorhaben');
    a.send({ type: 'RESTART' });
    expect(a.getSnapshot().value).toBe('start');
    expect(a.getSnapshot().context.answers).toEqual({});
  });
});

describe('the wizard machine, financing plan', () => {
  const toPlan = () => {
    const a = createActor(wizardMachine, { input }).start();
    a.subscribe(record);
    a.send({ type: 'LOAD', answers: { antragsteller: 'gemeinde', phasen: ['beteiligung'], kosten_sach: 5000, kosten_personal: 20000 }, step: 'ergebnis' });
    a.send({ type: 'SHOW_PLAN' });
    expect(a.getSnapshot().matches({ ergebnis: 'plan' })).toBe(true);
    return a;
  };

  it('keeps cost items, pinned and excluded programs in the context across the result views', () => {
    const a = toPlan();
    const items = [
      { id: 'sach', type: 'sach' as const, amount: 5000 },
      { id: 'p1', type: 'personal' as const, amount: 12000, phase: 'beteiligung', label: 'Moderation' },
      { id: 'p2', type: 'personal' as const, amount: 8000 },
    ];
    a.send({ type: 'SET_PLAN_ITEMS', items });
    a.send({ type: 'PIN', id: 'quartiersimpulse', pinned: true });
    a.send({ type: 'EXCLUDE', id: 'gut-beraten', excluded: true });
    a.send({ type: 'SHOW_LIST' });
    a.send({ type: 'SHOW_PROGRAM', id: 'quartiersimpulse' });
    a.send({ type: 'SHOW_PLAN' });
    const c = a.getSnapshot().context;
    expect(c.planItems).toEqual(items);
    expect(c.pinned).toEqual(['quartiersimpulse']);
    expect(c.excluded).toEqual(['gut-beraten']);
  });

  it('never has a program both pinned and excluded', () => {
    const a = toPlan();
    a.send({ type: 'PIN', id: 'elr', pinned: true });
    a.send({ type: 'EXCLUDE', id: 'elr', excluded: true });
    expect(a.getSnapshot().context).toMatchObject({ pinned: [], excluded: ['elr'] });
    a.send({ type: 'PIN', id: 'elr', pinned: true });
    expect(a.getSnapshot().context).toMatchObject({ pinned: ['elr'], excluded: [] });
    a.send({ type: 'PIN', id: 'elr', pinned: false });
    expect(a.getSnapshot().context).toMatchObject({ pinned: [], excluded: [] });
  });

  it('drops the split cost items when the costs in the answers change, and everything on RESTART', () => {
    const a = toPlan();
    a.send({ type: 'SET_PLAN_ITEMS', items: [{ id: 'x', type: 'sach', amount: 5000, label: 'Flyer' }] });
    a.send({ type: 'EDIT', section: 'vorhaben' });
    a.send({ type: 'NEXT', answers: { phasen: ['beteiligung', 'umsetzung'] } });
    // Other answers changed, the costs did not: the items stay.
    expect(a.getSnapshot().context.planItems).toHaveLength(1);
    a.send({ type: 'EDIT', section: 'kosten' });
    a.send({ type: 'NEXT', answers: { kosten_sach: 7000, kosten_personal: 20000 } });
    expect(a.getSnapshot().context.planItems).toBeUndefined();
    a.send({ type: 'PIN', id: 'elr', pinned: true });
    a.send({ type: 'RESTART' });
    expect(a.getSnapshot().context).toMatchObject({ pinned: [], excluded: [] });
  });
});

describe('the wizard machine, advisor', () => {
  const toResults = () => {
    const a = createActor(wizardMachine, { input }).start();
    a.subscribe(record);
    a.send({ type: 'LOAD', answers: { antragsteller: 'gemeinde', phasen: ['beteiligung'], kosten_sach: 5000 }, step: 'ergebnis' });
    return a;
  };

  it('keeps a general note and one per program; an emptied program note goes away', () => {
    const a = toResults();
    a.send({ type: 'SET_NOTE', text: 'Beschlussvorlage bis 1.12.' });
    a.send({ type: 'SET_NOTE', programId: 'quartiersimpulse', text: 'Frau M. anrufen' });
    a.send({ type: 'SET_NOTE', programId: 'elr', text: 'x' });
    a.send({ type: 'SET_NOTE', programId: 'elr', text: '  ' });
    expect(a.getSnapshot().context.notes).toEqual({ general: 'Beschlussvorlage bis 1.12.', programs: { quartiersimpulse: 'Frau M. anrufen' } });
  });

  it('keeps a variant, shows the comparison, and forgets the variant on CLEAR_VARIANT and RESTART', () => {
    const a = toResults();
    const consultation = { ...emptyConsultation(catalogue, '2026-11-21'), answers: { antragsteller: 'gemeinde' } };
    a.send({ type: 'SAVE_VARIANT', label: 'Gemeinde allein', consultation });
    a.send({ type: 'SHOW_COMPARE' });
    expect(a.getSnapshot().matches({ ergebnis: 'vergleich' })).toBe(true);
    expect(a.getSnapshot().context.variant).toEqual({ label: 'Gemeinde allein', consultation });
    a.send({ type: 'CLEAR_VARIANT' });
    expect(a.getSnapshot().context.variant).toBeUndefined();
    a.send({ type: 'SAVE_VARIANT', label: 'B', consultation });
    a.send({ type: 'SET_NOTE', text: 'Notiz' });
    a.send({ type: 'RESTART' });
    expect(a.getSnapshot().context).toMatchObject({ notes: { general: '', programs: {} }, variant: undefined });
  });

  it('loads a whole consultation: answers, cost items, pins, exclusions and notes', () => {
    const a = toResults();
    a.send({ type: 'SHOW_PLAN' });
    const items = [{ id: 'sach', type: 'sach' as const, amount: 5000, label: 'Flyer' }];
    const notes = { general: 'aus der Datei', programs: { nis: 'prüfen' } };
    a.send({ type: 'LOAD', answers: { antragsteller: 'gemeinde', phasen: ['beteiligung'], kosten_sach: 5000 }, step: 'ergebnis', plan: { items, pinned: ['nis'], excluded: ['elr'] }, notes });
    expect(a.getSnapshot().matches({ ergebnis: 'liste' })).toBe(true);
    expect(a.getSnapshot().context).toMatchObject({ planItems: items, pinned: ['nis'], excluded: ['elr'], notes });
  });
});

afterAll(() => {
  // A state no test visited is a state no test checks.
  expect(leafStates().filter((s) => !visited.has(s))).toEqual([]);
});
