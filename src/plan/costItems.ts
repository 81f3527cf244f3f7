import { COST_TYPES, type CostItem, type CostType } from '../engine';
import { formatEuro, parseEuro } from '../ui/money';

/** A cost item as the editor holds it: the amount as typed (German notation), the phase '' for none. */
export interface DraftItem {
  /** Stable within the editor (React key, field ids). */
  readonly key: string;
  readonly id: string;
  readonly label: string;
  readonly type: CostType;
  readonly amount: string;
  readonly phase: string;
}

export type DraftErrorCode = 'amountMissing' | 'amountInvalid' | 'amountZero' | 'labelTooLong';
export interface DraftError {
  readonly key: string;
  readonly field: 'amount' | 'label';
  readonly code: DraftErrorCode;
}

export const MAX_LABEL = 80;

/** "12.500" for 12500: the amount as the money fields show it (German notation, € beside the field). */
export const amountText = (euro: number) => formatEuro(euro, 'de').replace(/\s?€$/, '');

export function toDraft(items: readonly CostItem[]): DraftItem[] {
  return items.map((i) => ({ key: i.id, id: i.id, label: i.label ?? '', type: i.type, amount: amountText(i.amount), phase: i.phase ?? '' }));
}

/** An id not yet taken by any item of the draft. */
function freshId(draft: readonly DraftItem[], base: string): string {
  const taken = new Set(draft.flatMap((d) => [d.id, d.key]));
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** A new, empty item at the end. */
export function addItem(draft: readonly DraftItem[], type: CostType = COST_TYPES[0]): DraftItem[] {
  const id = freshId(draft, 'posten');
  return [...draft, { key: id, id, label: '', type, amount: '', phase: '' }];
}

export function removeItem(draft: readonly DraftItem[], key: string): DraftItem[] {
  return draft.filter((d) => d.key !== key);
}

/**
 * Splits an item into two of the same type, label and phase, right after it: the amount halves
 * (the first part takes the odd euro); an amount that is not a number stays in the first part.
 */
export function splitItem(draft: readonly DraftItem[], key: string): DraftItem[] {
  const i = draft.findIndex((d) => d.key === key);
  if (i < 0) return [...draft];
  const item = draft[i]!;
  const parsed = parseEuro(item.amount);
  const value = parsed.ok ? parsed.value : undefined;
  const id = freshId(draft, item.id);
  const first = { ...item, amount: value === undefined ? item.amount : amountText(Math.ceil(value / 2)) };
  const second = { ...item, key: id, id, amount: value === undefined ? '' : amountText(Math.floor(value / 2)) };
  return [...draft.slice(0, i), first, second, ...draft.slice(i + 1)];
}

export function updateItem(draft: readonly DraftItem[], key: string, change: Partial<Omit<DraftItem, 'key' | 'id'>>): DraftItem[] {
  return draft.map((d) => (d.key === key ? { ...d, ...change } : d));
}

/** Checks every item; the cost items when all are valid, else the errors in field order. */
export function validateDraft(draft: readonly DraftItem[]): { items: CostItem[]; errors: [] } | { items?: undefined; errors: DraftError[] } {
  const errors: DraftError[] = [];
  const items: CostItem[] = [];
  for (const d of draft) {
    const label = d.label.trim();
    if (label.length > MAX_LABEL) errors.push({ key: d.key, field: 'label', code: 'labelTooLong' });
    const parsed = parseEuro(d.amount);
    if (!parsed.ok) errors.push({ key: d.key, field: 'amount', code: 'amountInvalid' });
    else if (parsed.value === undefined) errors.push({ key: d.key, field: 'amount', code: 'amountMissing' });
    else if (parsed.value === 0) errors.push({ key: d.key, field: 'amount', code: 'amountZero' });
    else items.push({ id: d.id, type: d.type, amount: parsed.value, ...(d.phase ? { phase: d.phase } : {}), ...(label ? { label } : {}) });
  }
  return errors.length ? { errors } : { items, errors: [] };
}
