import { describe, expect, it } from 'vitest';
import { catalogue, deckel, money } from './testing/amountFixture';
import { amountFor } from './amounts';

describe('eligible cost with a cap on one cost type', () => {
  it('keeps the other costs however large the capped part: no cancellation in floating point', () => {
    // Personal ≤ 40 % of the eligible cost: with 20,000 € Sachkosten at most 13,333 € Personal count.
    const small = money(deckel, { kosten_personal: 1e6, kosten_sach: 20000 });
    const huge = amountFor(deckel, { kosten_personal: 295147905179352830000, kosten_sach: 20000 }, catalogue);
    expect(small.eligibleCost).toBeCloseTo(33333.33, 1);
    expect(huge.kind === 'money' && huge.eligibleCost).toBeCloseTo(33333.33, 1);
  });
});
