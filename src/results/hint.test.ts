import { describe, expect, it } from 'vitest';
import { counterfactuals } from '../engine';
import { answerText, assignmentTexts } from './hint';
import { AS_OF, GEMEINDE_PFLEGE, testCatalogue, testEvaluation, testT } from './testing';

const catalogue = testCatalogue();
const { de, en } = testT();
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('answerText', () => {
  it('phrases a yes/no answer from the question', () => {
    expect(answerText(catalogue, 'zivilgesellschaftlicher_partner', true, {}, 'de', de)).toBe(
      'Wirkt ein zivilgesellschaftlicher Partner mit (Verein, Initiative, Kirchengemeinde …)? Ja',
    );
    expect(answerText(catalogue, 'bereits_begonnen', false, {}, 'en', en)).toBe(
      'Has a supply or service contract for the project already been signed? No',
    );
  });

  it('uses value labels for choices and lists set values', () => {
    expect(answerText(catalogue, 'antragsteller', 'verein', {}, 'de', de)).toBe('Wer stellt den Antrag? Eingetragener Verein');
    expect(answerText(catalogue, 'zielgruppen', ['aeltere', 'familien'], {}, 'de', de)).toBe(
      'Für wen ist das Vorhaben vor allem gedacht? Ältere Menschen und Familien',
    );
  });

  it('says what to add to or leave out of a set that was answered', () => {
    expect(answerText(catalogue, 'zielgruppen', ['aeltere', 'familien'], { zielgruppen: ['aeltere'] }, 'de', de)).toBe(
      'Für wen ist das Vorhaben vor allem gedacht? auch Familien',
    );
    expect(answerText(catalogue, 'zielgruppen', ['aeltere'], { zielgruppen: ['aeltere', 'familien'] }, 'en', en)).toBe(
      'Who is the project mainly for? without Families',
    );
  });

  it('formats money, numbers and dates', () => {
    expect(plain(answerText(catalogue, 'kosten_sach', 20000, {}, 'de', de))).toBe('Sachkosten: 20.000 €');
    expect(answerText(catalogue, 'laufzeit_monate', 24, {}, 'de', de)).toBe('Geplante Laufzeit in Monaten: 24');
    expect(answerText(catalogue, 'projektbeginn', '2027-01-01', {}, 'de', de)).toBe('Geplanter Projektbeginn: 01.01.2027');
  });

  it('falls back to the fact id for an unknown fact', () => {
    expect(answerText(catalogue, 'gibt_es_nicht', 'x', {}, 'de', de)).toBe('gibt_es_nicht: x');
  });
});

describe('assignmentTexts', () => {
  it('phrases a real counterfactual in questionnaire order', () => {
    const answers = { ...GEMEINDE_PFLEGE, zivilgesellschaftlicher_partner: false };
    const evaluation = testEvaluation(answers);
    const program = catalogue.programs.find((p) => p.id === 'quartiersimpulse')!;
    const ways = counterfactuals(program, catalogue, evaluation.answers, AS_OF);
    expect(ways.length).toBeGreaterThan(0);
    expect(assignmentTexts(catalogue, ways[0]!, evaluation.answers, 'de', de)).toContain(
      'Wirkt ein zivilgesellschaftlicher Partner mit (Verein, Initiative, Kirchengemeinde …)? Ja',
    );
    const texts = assignmentTexts(catalogue, { bereits_begonnen: false, antragsteller: 'verein' }, {}, 'de', de);
    expect(texts[0]).toMatch(/^Wer stellt den Antrag\?/);
  });
});
