// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import type { Answers } from '../engine';
import { GEMEINDE_LAND } from '../plan/testing';
import { ProgramDetailPage } from './ProgramDetailPage';
import { AS_OF, GEMEINDE_PFLEGE, testCatalogue, testEvaluation } from './testing';

const catalogue = testCatalogue();
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('de'));
});

const program = (id: string) => catalogue.programs.find((p) => p.id === id)!;
function renderDetail(programId: string, answers: Answers, asOf = AS_OF) {
  const handlers = { onBack: vi.fn(), onEditFact: vi.fn() };
  render(<ProgramDetailPage catalogue={catalogue} evaluation={testEvaluation(answers, asOf)} programId={programId} asOf={asOf} {...handlers} />);
  return handlers;
}
const section = (name: string) => screen.getByRole('region', { name });

describe('ProgramDetailPage', () => {
  it('shows the program with one h1, its summary and the disclaimer', () => {
    renderDetail('quartiersimpulse', GEMEINDE_PFLEGE);
    const p = program('quartiersimpulse');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: p.name.de })).toHaveFocus();
    expect(screen.getByText(p.summary.de)).toBeInTheDocument();
    expect(screen.getByText('Angaben ohne Gewähr – verbindlich sind die Förderrichtlinien.')).toBeInTheDocument();
  });

  it('says why it does not fit in words, and what would make it fit', () => {
    renderDetail('quartiersimpulse', { ...GEMEINDE_PFLEGE, zivilgesellschaftlicher_partner: false });
    const fit = section('Passt das Programm zu Ihrem Vorhaben?');
    expect(within(fit).getByText('Passt nicht')).toBeInTheDocument();
    expect(within(fit).getByRole('heading', { name: 'Warum es nicht passt' })).toBeInTheDocument();
    expect(within(fit).getAllByText('Nicht erfüllt:')).toHaveLength(1);
    expect(within(fit).getByRole('heading', { name: 'Warum es passt' })).toBeInTheDocument();
    expect(within(fit).getByText('Passt, wenn:').parentElement).toHaveTextContent(
      'Passt, wenn: Wirkt ein zivilgesellschaftlicher Partner mit (Verein, Initiative, Kirchengemeinde …)? Ja',
    );
  });

  it('links each missing answer back to its question', async () => {
    const { onEditFact } = renderDetail('quartiersimpulse', { antragsteller: 'gemeinde' });
    const fit = section('Passt das Programm zu Ihrem Vorhaben?');
    expect(within(fit).getByText('Passt vielleicht')).toBeInTheDocument();
    expect(within(fit).getAllByText('Offen:').length).toBeGreaterThan(1);
    await userEvent.click(within(fit).getByRole('button', { name: 'Frage beantworten: Für welche Phasen suchen Sie Förderung?' }));
    expect(onEditFact).toHaveBeenCalledWith('phasen');
  });

  it('gives the amount range for this project and explains it in words', () => {
    renderDetail('quartiersimpulse', GEMEINDE_PFLEGE);
    const amount = section('Betrag für Ihr Vorhaben');
    expect(within(amount).getByText(/^20\.000\s€ bis 70\.000\s€$/)).toBeInTheDocument();
    expect(within(amount).getByText(/^70\.000\s€$/)).toBeInTheDocument();
    cleanup();
    renderDetail('gut-beraten', { antragsteller: 'verein' });
    const open = section('Betrag für Ihr Vorhaben');
    expect(within(open).getByText(/^bis 4\.000\s€$/)).toBeInTheDocument();
    expect(within(open).getByText('noch nicht angegeben')).toBeInTheDocument();
    expect(within(open).getByText(/Sie haben noch keine Kosten angegeben/)).toBeInTheDocument();
    expect(within(open).getByText(/Die Förderquote nennt keine ausgewertete Quelle/)).toBeInTheDocument();
    expect(within(open).getByText(/Der Gutschein deckt nur Beratung/)).toBeInTheDocument();
  });

  it('says a loan as a loan, to be repaid', () => {
    renderDetail('kfw-ikk-barrierearme-stadt', GEMEINDE_LAND);
    const loan = section('Darlehen für Ihr Vorhaben');
    expect(within(loan).getByText(/^Darlehen bis 400\.000\s€ \(muss zurückgezahlt werden\)$/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Betrag für Ihr Vorhaben' })).toBeNull();
  });

  it('labels uncertain criteria with their note', () => {
    renderDetail('gut-beraten', { antragsteller: 'verein' });
    const criterion = program('gut-beraten').criteria.find((c) => c.id === 'einwohnergrenze')!;
    const item = screen.getByText(criterion.uncertain!.de).closest('li')!;
    expect(item).toHaveTextContent(/unsicher:/);
    expect(item).toHaveTextContent(criterion.text.de);
  });

  it('says the deadline state in words, with the application, contact and key facts', () => {
    renderDetail('quartiersimpulse', GEMEINDE_PFLEGE);
    const p = program('quartiersimpulse');
    expect(within(section('Frist')).getByText(
      `Letzte Frist: 14.08.2026 (abgelaufen). Über eine nächste Runde sagen unsere Quellen nichts. ${p.deadlines.rhythm!.de}`,
    )).toBeInTheDocument();
    const application = section('Antrag');
    expect(within(application).getByText(p.application.next_step.de)).toBeInTheDocument();
    expect(within(application).getByText(p.application.route.de)).toBeInTheDocument();
    const facts = section('Eckdaten');
    expect(within(facts).getByText(p.funder.de)).toBeInTheDocument();
    expect(within(facts).getByText('Zuschuss')).toBeInTheDocument();
    cleanup();
    renderDetail('fachberatung-quartier', GEMEINDE_PFLEGE);
    expect(within(section('Frist')).getByText(/^laufend/)).toBeInTheDocument();
    expect(within(section('Betrag für Ihr Vorhaben')).getByText(/Kein Geldbetrag/)).toBeInTheDocument();
  });

  it('lists the sources with their Stand and marks secondary sources', () => {
    renderDetail('gut-beraten', { antragsteller: 'verein' });
    const sources = section('Quellen');
    const secondary = program('gut-beraten').sources.find((s) => !s.official)!;
    // The source shows no date ("o. D."): said in words.
    expect(secondary.stand).toBe('o. D.');
    expect(within(sources).getByText(secondary.title!).closest('li')).toHaveTextContent('Stand: ohne Datum – Sekundärquelle');
    expect(within(sources).getByText(/Zuletzt geprüft am 01\.11\.2026; nächste Prüfung fällig bis 01\.05\.2027\./)).toBeInTheDocument();
    expect(screen.queryByText('Möglicherweise veraltet.')).not.toBeInTheDocument();
  });

  it('flags a stale program and never calls an ended one fitting', () => {
    renderDetail('gut-beraten', { antragsteller: 'verein' }, '2027-06-01');
    expect(screen.getByText('Möglicherweise veraltet.')).toBeInTheDocument();
    cleanup();
    renderDetail('mehrgenerationenhaus', GEMEINDE_PFLEGE);
    // Closed to new entry while its period runs (to 2028): not called ended.
    expect(screen.getByText(/^Kein neuer Einstieg möglich/)).toBeInTheDocument();
    expect(within(section('Frist')).getByText('Keine neuen Anträge möglich.')).toBeInTheDocument();
    expect(within(section('Passt das Programm zu Ihrem Vorhaben?')).getByText('Passt nicht')).toBeInTheDocument();
  });

  it('goes back, and copes with an unknown program', async () => {
    const { onBack } = renderDetail('gibt-es-nicht', {});
    expect(screen.getByRole('heading', { level: 1, name: 'Programm nicht gefunden' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Zurück zu den Ergebnissen' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('speaks English, program texts included', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderDetail('quartiersimpulse', GEMEINDE_PFLEGE);
    const p = program('quartiersimpulse');
    expect(screen.getByRole('heading', { level: 1, name: p.name.en })).toBeInTheDocument();
    expect(screen.getByText(p.summary.en)).toBeInTheDocument();
    expect(within(section('Amount for your project')).getByText('€20,000 to €70,000')).toBeInTheDocument();
    expect(within(section('Deadline')).getByText(
      `Last deadline: 14 Aug 2026 (passed). Our sources say nothing about a next round. ${p.deadlines.rhythm!.en}`,
    )).toBeInTheDocument();
  });
});
