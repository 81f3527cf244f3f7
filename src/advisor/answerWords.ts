import type { Fact, FactValue, GemeindeIndex } from '../engine';
import type { Lang, Translate } from '../results/format';
import { answerText } from '../steps/answerText';

/** An answer in words, as the review page writes it; "nicht beantwortet" when there is none. */
export function answerWords(fact: Fact, value: FactValue | undefined, lang: Lang, t: Translate, gemeinden?: GemeindeIndex): string {
  if (value === undefined) return t('advisor.notAnswered');
  const gemeinde = fact.type === 'ags' && typeof value === 'string' ? gemeinden?.get(value)?.name : undefined;
  return answerText(fact, value, lang, { yes: t('steps.yes'), no: t('steps.no') }, gemeinde);
}
