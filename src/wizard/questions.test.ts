import { describe, expect, it } from 'vitest';
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import { askableQuestions, pruneAnswers, visibleQuestions } from './questions';

const ctx = { catalogue: uiCatalogue(), asOf: '2026-11-21' };
const ids = (fs: { id: string }[]) => fs.map((f) => f.id);

describe('which questions a section asks', () => {
  it('gives the form conditional questions, to reveal once their condition is met on the page', () => {
    expect(ids(askableQuestions(ctx, {}, 'wer'))).toEqual(expect.arrayContaining(['antragsteller', 'gemeinnuetzig', 'kreis_mit_gemeinde']));
    // Judged as shown: a conditional question appears once its condition is met.
    expect(ids(visibleQuestions(ctx, {}, 'wer'))).not.toContain('gemeinnuetzig');
    expect(ids(visibleQuestions(ctx, { antragsteller: 'verein' }, 'wer'))).toContain('gemeinnuetzig');
    expect(ids(visibleQuestions(ctx, { antragsteller: 'landkreis' }, 'wer'))).toContain('kreis_mit_gemeinde');
  });

  it('leaves out questions whose answer cannot change any result', () => {
    // A Verein: the council decision matters to municipal programs only, which are ruled out.
    expect(ids(askableQuestions(ctx, { antragsteller: 'verein' }, 'rahmen'))).not.toContain('gemeinderatsbeschluss');
    expect(ids(askableQuestions(ctx, { antragsteller: 'gemeinde' }, 'rahmen'))).toContain('gemeinderatsbeschluss');
  });

  it('drops answers of questions no longer asked', () => {
    expect(pruneAnswers(ctx, { antragsteller: 'verein', gemeinderatsbeschluss: true, gemeinnuetzig: true })).toEqual({ antragsteller: 'verein', gemeinnuetzig: true });
    expect(pruneAnswers(ctx, { antragsteller: 'gemeinde', gemeinnuetzig: true })).toEqual({ antragsteller: 'gemeinde' });
  });
});
