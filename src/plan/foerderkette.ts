import { isOpenAmount } from '../engine';
import { deadlineAt, type Catalogue, type DeadlineState, type Evaluation, type Plan, type Program } from '../engine';
import { deadlineSortKey } from '../results/deadlineText';

/** The project phases in the order a project runs through them (DESIGN.md §5). */
export const PHASE_ORDER = ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung', 'investition', 'verstetigung'] as const;

/** Why a program is in the chain: it pays in the plan, its amount is open, or it is advice to start with. */
export type ChainRole = 'planned' | 'open' | 'firstStep';

export interface ChainEntry {
  readonly programId: string;
  readonly role: ChainRole;
  readonly deadline: DeadlineState;
}

export interface ChainStep {
  readonly phase: string;
  readonly entries: readonly ChainEntry[];
}

const ROLE_ORDER: Record<ChainRole, number> = { firstStep: 0, planned: 1, open: 2 };

/**
 * All phases in chain order: the six of DESIGN.md §5, then any other phase the catalogue knows
 * (Qualifizierung), which accompanies the project rather than following a step of it.
 */
export function phaseOrder(catalogue: Catalogue): string[] {
  const known = (catalogue.facts.find((f) => f.id === 'phasen')?.values ?? []).map((v) => v.id);
  return [...PHASE_ORDER, ...known.filter((p) => !(PHASE_ORDER as readonly string[]).includes(p))];
}

/**
 * The phase where a program sits in the chain: the earliest phase of the cost items it funds where
 * they have one, else the earliest of its phases the project has, else the earliest of its phases.
 */
export function chainPhase(program: Program, projectPhases: readonly string[], fundedPhases: readonly string[], order: readonly string[]): string {
  const rank = (p: string) => {
    const i = order.indexOf(p);
    return i < 0 ? order.length : i;
  };
  const pick = (phases: readonly string[]) => [...phases].sort((a, b) => rank(a) - rank(b))[0];
  const funded = fundedPhases.filter((p) => program.phases.includes(p));
  return pick(funded) ?? pick(program.phases.filter((p) => projectPhases.includes(p))) ?? pick(program.phases) ?? order[0]!;
}

/**
 * The Förderkette: the programs of the plan, those with an open amount and the advice offers to
 * start with, ordered along the project's phases; within a phase advice first, then by deadline.
 */
export function foerderkette(catalogue: Catalogue, evaluation: Evaluation, plan: Pick<Plan, 'planned' | 'leftOut' | 'allocations' | 'items'>, asOf: string): ChainStep[] {
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  const phasen = evaluation.answers.phasen;
  const projectPhases = Array.isArray(phasen) ? (phasen as readonly string[]) : [];
  const order = phaseOrder(catalogue);
  const roles = new Map<string, ChainRole>();
  for (const r of evaluation.programs) {
    const p = byId.get(r.id);
    if (p && (p.kind === 'beratung' || p.kind === 'qualifizierung') && r.status !== 'ineligible' && r.validity === 'current') roles.set(p.id, 'firstStep');
  }
  for (const p of plan.planned) roles.set(p.id, 'planned');
  for (const l of plan.leftOut) if (isOpenAmount(l) && !roles.has(l.programId)) roles.set(l.programId, 'open');

  const steps = new Map<string, ChainEntry[]>();
  for (const [id, role] of roles) {
    const program = byId.get(id);
    if (!program) continue;
    const itemIds = new Set(plan.allocations.filter((a) => a.programId === id).map((a) => a.itemId));
    const fundedPhases = plan.items.filter((i) => itemIds.has(i.id) && i.phase !== undefined).map((i) => i.phase!);
    const phase = chainPhase(program, projectPhases, fundedPhases, order);
    steps.set(phase, [...(steps.get(phase) ?? []), { programId: id, role, deadline: deadlineAt(program, asOf) }]);
  }
  const compare = (a: ChainEntry, b: ChainEntry) =>
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || deadlineSortKey(a.deadline).localeCompare(deadlineSortKey(b.deadline)) || a.programId.localeCompare(b.programId);
  return order.filter((phase) => steps.has(phase)).map((phase) => ({ phase, entries: steps.get(phase)!.sort(compare) }));
}
