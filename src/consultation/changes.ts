import type { Catalogue, Evaluation, Status } from '../engine';
import { snapshotOf, type Consultation, type SnapshotEntry } from './consultation';

export type AmountRange = readonly [min: number | null, max: number | null];

/** How one program differs between the saved consultation and now. */
export type ProgramChange =
  | {
      readonly kind: 'changed';
      readonly programId: string;
      readonly status?: readonly [before: Status, now: Status];
      readonly amount?: readonly [before: AmountRange, now: AmountRange];
      /** Deadline states as `deadlineKey` writes them (`open_until:2026-12-01`, `passed:…`). */
      readonly deadline?: readonly [before: string, now: string];
    }
  /** In the catalogue now, not when saved. */
  | { readonly kind: 'new'; readonly programId: string; readonly now: SnapshotEntry }
  /** In the saved snapshot, no longer in the catalogue. */
  | { readonly kind: 'gone'; readonly programId: string; readonly before: SnapshotEntry };

/**
 * What changed for the programs since the consultation was saved: status, amount range and
 * deadline state, compared with its snapshot, plus programs that are new or gone. The snapshot is
 * compared whenever there is one (the catalogue may have changed, and deadlines move with the
 * date even when it has not); without a snapshot (a link, an old file) there is nothing to
 * compare and the list is empty — `saved.catalogue.version !== catalogue.version` still tells the
 * UI that the program data is newer. Programs come in catalogue order, gone ones last.
 */
export function whatChanged(saved: Consultation, current: Evaluation, catalogue: Catalogue): ProgramChange[] {
  const before = saved.snapshot;
  if (!before) return [];
  const now = snapshotOf(current);
  const changes: ProgramChange[] = [];
  const inCatalogue = new Set(catalogue.programs.map((p) => p.id));
  for (const p of catalogue.programs) {
    const n = Object.hasOwn(now, p.id) ? now[p.id] : undefined;
    if (!n) continue;
    const b = Object.hasOwn(before, p.id) ? before[p.id] : undefined;
    if (!b) {
      changes.push({ kind: 'new', programId: p.id, now: n });
      continue;
    }
    const change = {
      ...(b.status !== n.status ? { status: [b.status, n.status] as const } : {}),
      ...(b.min !== n.min || b.max !== n.max ? { amount: [[b.min, b.max], [n.min, n.max]] as const } : {}),
      ...(b.deadline !== n.deadline ? { deadline: [b.deadline, n.deadline] as const } : {}),
    };
    if (Object.keys(change).length) changes.push({ kind: 'changed', programId: p.id, ...change });
  }
  for (const [id, b] of Object.entries(before)) if (!inCatalogue.has(id)) changes.push({ kind: 'gone', programId: id, before: b });
  return changes;
}
