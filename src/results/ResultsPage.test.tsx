// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import type { Answers } from '../engine';
import { countByGroup, rowsOf } from './resultList';
import { ResultsPage } from './ResultsPage';
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

function renderPage(answers: Answers = GEMEINDE_PFLEGE, asOf = AS_OF) {
  const handlers = { onOpenProgram: vi.fn(), onEditFact: vi.fn(), onShowOverview: vi.fn(), onEditAnswers: vi.fn() };
  const evaluation = testEvaluation(answers, asOf);
  render(<ResultsPage catalogue={catalogue} evaluation={evaluation} asOf={asOf} {...handlers} />);
  return { ...handlers, evaluation };
}
const section = (name: string | RegExp) => screen.getByRole('region', { name });
const nameOf = (id: string) => catalogue.programs.find((p) => p.id === id)!.name.de;
const cardNames = (el: HTMLElement) => within(el).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('ResultsPage', () => {
  it('has one h1 and a summary of how many programs fit', () => {
    const { evaluation } = renderPage();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Ihre Ergebnisse' })).toHaveFocus();
    const c = countByGroup(rowsOf(catalogue, evaluation));
    const fits = c.fits === 1 ? '1 Programm passt' : `${c.fits} Programme passen`;
    const verb = (n: number) => (n === 1 ? 'passt' : 'passen');
    expect(screen.getByText(`${fits}, ${c.maybe} ${verb(c.maybe)} vielleicht, ${c.not} ${verb(c.not)} nicht`)).toBeInTheDocument();
    expect(screen.getAllByText(/Angaben ohne Gewähr – verbindlich sind die Förderrichtlinien/).length).toBeGreaterThan(0);
  });

  it('shows advice first, then the groups, with "passt nicht" collapsed', () => {
    renderPage();
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(regions).toEqual(['results-first', 'results-fits', 'results-maybe', 'results-not']);
    expect(cardNames(section('Erster Schritt: Beratung'))).toContain(nameOf('fachberatung-quartier'));
    expect(cardNames(section('Passt'))).toContain(nameOf('quartiersimpulse'));
    const notGroup = section('Passt nicht');
    expect(notGroup.querySelector('details')).not.toHaveAttribute('open');
    expect(within(notGroup).getByText(/^\d+ Programme?, d(as|ie) nicht pass(t|en)$/)).toBeInTheDocument();
  });

  it('never shows an ended program as fitting, and says it has ended', () => {
    renderPage();
    const name = nameOf('mehrgenerationenhaus');
    expect(cardNames(section('Passt'))).not.toContain(name);
    const card = within(section('Passt nicht')).getByRole('article', { name });
    expect(within(card).getByText(/Kein neuer Einstieg möglich/)).toBeInTheDocument();
    expect(within(card).getByText('Passt nicht')).toBeInTheDocument();
  });

  it('gives each card its amount, deadline, next step and a Details button', async () => {
    const { onOpenProgram } = renderPage();
    const name = nameOf('quartiersimpulse');
    const card = screen.getByRole('article', { name });
    expect(within(card).getByText(/20\.000\s€ bis 70\.000\s€/)).toBeInTheDocument();
    expect(within(card).getByText(/^Letzte Frist: 14\.08\.2026 \(abgelaufen\)\. Über eine nächste Runde sagen unsere Quellen nichts\./)).toBeInTheDocument();
    expect(within(card).getByText('Warum es passt')).toBeInTheDocument();
    expect(within(card).getAllByText('Erfüllt:').length).toBeGreaterThan(0);
    await userEvent.click(within(card).getByRole('button', { name: `Details zu ${name}` }));
    expect(onOpenProgram).toHaveBeenCalledWith('quartiersimpulse');
  });

  it('links what is missing back to its question, and gives the counterfactual hint', async () => {
    const { onEditFact } = renderPage({ antragsteller: 'gemeinde', phasen: ['beteiligung'] });
    const name = nameOf('quartiersimpulse');
    const card = screen.getByRole('article', { name });
    expect(within(card).getByText('Was noch fehlt')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: /^Frage beantworten: Wirkt ein zivilgesellschaftlicher Partner mit/ }));
    expect(onEditFact).toHaveBeenCalledWith('zivilgesellschaftlicher_partner');
    expect(within(card).getByText('Passt, wenn:').parentElement).toHaveTextContent(/Wirkt ein zivilgesellschaftlicher Partner mit .*\? Ja/);
  });

  it('sorts and filters at once and announces the count politely', async () => {
    renderPage();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`${catalogue.programs.length} von ${catalogue.programs.length} Programmen angezeigt`);
    await userEvent.selectOptions(screen.getByLabelText('Ebene des Fördergebers'), 'Bund');
    const bund = catalogue.programs.filter((p) => p.level === 'bund').length;
    expect(status).toHaveTextContent(`${bund} von ${catalogue.programs.length} Programmen angezeigt`);
    for (const article of screen.queryAllByRole('article')) {
      const program = catalogue.programs.find((p) => p.name.de === within(article).getByRole('heading', { level: 3 }).textContent)!;
      expect(program.level).toBe('bund');
    }
    await userEvent.selectOptions(screen.getByLabelText('Ebene des Fördergebers'), 'Alle Ebenen');
    await userEvent.selectOptions(screen.getByLabelText('Phase'), 'Investition (Bau, Ausstattung)');
    expect(status).not.toHaveTextContent(`${catalogue.programs.length} von`);
    await userEvent.selectOptions(screen.getByLabelText('Sortieren nach'), 'Frist');
    expect(screen.getByLabelText('Sortieren nach')).toHaveValue('deadline');
  });

  it('changes the order of the cards when sorted by deadline', async () => {
    renderPage();
    const before = cardNames(section('Passt'));
    await userEvent.selectOptions(screen.getByLabelText('Sortieren nach'), 'Frist');
    const after = cardNames(section('Passt'));
    expect([...after].sort()).toEqual([...before].sort());
    const deadlines = within(section('Passt')).getAllByRole('article').map((a) => within(a).getByText(/Letzte Frist|Nächste Frist|Antrag möglich|laufend|keine Frist/).textContent);
    expect(deadlines[0]).toMatch(/Nächste Frist|Antrag möglich|laufend/);
  });

  it('goes back to the answers and on to the overview', async () => {
    const { onEditAnswers, onShowOverview } = renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Angaben ändern' }));
    await userEvent.click(screen.getByRole('button', { name: 'Alle Programme im Überblick' }));
    expect(onEditAnswers).toHaveBeenCalledOnce();
    expect(onShowOverview).toHaveBeenCalledOnce();
  });

  it('flags a program past its review date as possibly outdated', () => {
    renderPage(GEMEINDE_PFLEGE, '2027-02-01');
    const stale = catalogue.programs.find((p) => p.id === 'quartiersimpulse')!;
    expect(stale.review_by < '2027-02-01').toBe(true);
    const card = screen.getByRole('article', { name: stale.name.de });
    expect(within(card).getByText('Möglicherweise veraltet.')).toBeInTheDocument();
  });

  it('speaks English, program texts included', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    const program = catalogue.programs.find((p) => p.id === 'quartiersimpulse')!;
    const card = screen.getByRole('article', { name: program.name.en });
    expect(within(card).getByText('€20,000 to €70,000')).toBeInTheDocument();
    expect(within(card).getByText(program.application.next_step.en)).toBeInTheDocument();
    expect(within(card).getByText(/^Last deadline: 14 Aug 2026 \(passed\)\. Our sources say nothing about a next round\./)).toBeInTheDocument();
  });
});
