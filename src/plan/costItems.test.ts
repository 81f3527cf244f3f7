import { describe, expect, it } from 'vitest';
import { addItem, amountText, removeItem, splitItem, toDraft, updateItem, validateDraft } from './costItems';

const items = [
  { id: 'personal', type: 'personal' as const, amount: 60001 },
  { id: 'sach', type: 'sach' as const, amount: 20000, phase: 'beteiligung', label: 'Flyer' },
];

describe('the cost items draft', () => {
  it('shows amounts in German notation and round-trips valid items', () => {
    const draft = toDraft(items);
    expect(draft.map((d) => d.amount)).toEqual(['60.001', '20.000']);
    expect(amountText(1234567)).toBe('1.234.567');
    expect(validateDraft(draft)).toEqual({ items, errors: [] });
  });

  it('splits an item in two halves of the same type and phase, right after it, with a fresh id', () => {
    const draft = splitItem(toDraft(items), 'personal');
    expect(draft.map((d) => [d.id, d.type, d.amount, d.phase])).toEqual([
      ['personal', 'personal', '30.001', ''],
      ['personal-2', 'personal', '30.000', ''],
      ['sach', 'sach', '20.000', 'beteiligung'],
    ]);
    const again = splitItem(draft, 'personal');
    expect(again.map((d) => d.id)).toEqual(['personal', 'personal-3', 'personal-2', 'sach']);
    expect(validateDraft(again).items?.reduce((s, i) => s + i.amount, 0)).toBe(80001);
  });

  it('adds, changes and removes items', () => {
    let draft = addItem(toDraft(items), 'investition');
    expect(draft.at(-1)).toMatchObject({ id: 'posten-2', type: 'investition', amount: '', label: '', phase: '' });
    draft = updateItem(draft, 'posten-2', { amount: '1.234,50 €', phase: 'investition', label: 'Rampe' });
    expect(validateDraft(draft).items?.at(-1)).toEqual({ id: 'posten-2', type: 'investition', amount: 1235, phase: 'investition', label: 'Rampe' });
    draft = removeItem(draft, 'personal');
    expect(draft.map((d) => d.id)).toEqual(['sach', 'posten-2']);
  });

  it('reports a missing, unreadable or zero amount and a long label, per item', () => {
    const draft = [
      ...toDraft(items),
      { key: 'x', id: 'x', type: 'sach' as const, label: '', amount: '', phase: '' },
      { key: 'y', id: 'y', type: 'sach' as const, label: 'a'.repeat(81), amount: '12,345', phase: '' },
      { key: 'z', id: 'z', type: 'sach' as const, label: '', amount: '0', phase: '' },
    ];
    expect(validateDraft(draft)).toEqual({
      errors: [
        { key: 'x', field: 'amount', code: 'amountMissing' },
        { key: 'y', field: 'label', code: 'labelTooLong' },
        { key: 'y', field: 'amount', code: 'amountInvalid' },
        { key: 'z', field: 'amount', code: 'amountZero' },
      ],
    });
  });
});
