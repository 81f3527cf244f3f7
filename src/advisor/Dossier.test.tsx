// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../app/i18n';
import { planFinancing } from '../engine';
import { foerderkette } from '../plan/foerderkette';
import { GEMEINDE_LAND } from '../plan/testing';
import { formatMoney } from '../results/format';
import { AS_OF, testCatalogue, testEvaluation, testGemeinden } from '../results/testing';
import { sideOf } from './compare';
import { Dossier } from './Dossier';

const catalogue = testCatalogue();
const evaluation = testEvaluation(GEMEINDE_LAND);
const gemeinden = testGemeinden();
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(cleanup);

const name = (id: string) => catalogue.programs.find((p) => p.id === id)!.name.de;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
const notes = { general: 'Gemeinderat tagt am 12.12.;\nBeschlussvorlage bis 1.12.', programs: { buergerbus: 'Ansprechpartner im Verkehrsministerium anrufen' } };

function renderDossier() {
  render(<Dossier catalogue={catalogue} evaluation={evaluation} asOf={AS_OF} plan={{ items: undefined, pinned: [], excluded: [] }} notes={notes} gemeinden={gemeinden} />);
  return document.querySelector<HTMLElement>('.advisor-dossier')!;
}

describe('the print dossier', () => {
  it('has no h1 (the screen keeps its one h1) and the sections a Gemeinderat expects, in order', () => {
    const dossier = renderDossier();
    expect(dossier.querySelector('h1')).toBeNull();
    expect(within(dossier).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Das Vorhaben auf einen Blick',
      'Angaben zum Vorhaben',
      'Programme, die passen oder vielleicht passen',
      'Finanzierungsplan',
      'Förderkette',
      'Offene Fragen',
      'Notizen',
    ]);
  });

  it('names the date, the Stand of the program data and says "Angaben ohne Gewähr"', () => {
    const dossier = renderDossier();
    expect(norm(dossier.textContent)).toContain(`Bewertet zum 21.11.2026 · Stand der Programmdaten: ${catalogue.stand.split('-').reverse().join('.')} (Katalog ${catalogue.version})`);
    // At the top and at the end.
    expect(within(dossier).getAllByText('Angaben ohne Gewähr – verbindlich sind die Förderrichtlinien.')).toHaveLength(2);
  });

  it('lists the answers in words, the Gemeinde by name', () => {
    const dossier = renderDossier();
    const table = within(dossier).getByRole('table', { name: 'Wer beantragt?' });
    expect(within(table).getByRole('rowheader', { name: 'In welcher Gemeinde findet das Vorhaben statt?' }).nextElementSibling).toHaveTextContent('Kolbingen');
    expect(within(dossier).getByRole('rowheader', { name: 'Investitionskosten (Bau, Umbau, Ausstattung)' }).nextElementSibling).toHaveTextContent(/400\.000\s€/);
  });

  it('gives each fitting program its status, amount, deadline, reasons and sources with Stand, and its note', () => {
    const dossier = renderDossier();
    const heading = within(dossier).getByRole('heading', { level: 4, name: name('buergerbus') });
    const block = heading.parentElement!;
    expect(block).toHaveTextContent(/Ergebnis: Passt/);
    expect(block).toHaveTextContent('Warum es passt');
    expect(block).toHaveTextContent(/Quellen.*Stand:/);
    expect(block).toHaveTextContent('Notiz: Ansprechpartner im Verkehrsministerium anrufen');
    // Programs that do not fit are not in the dossier.
    const not = evaluation.programs.filter((r) => r.status === 'ineligible').map((r) => name(r.id));
    for (const n of not) expect(within(dossier).queryByRole('heading', { level: 4, name: n })).toBeNull();
  });

  it('has the financing plan table with its totals (planFinancing) and the Förderkette', () => {
    const dossier = renderDossier();
    const plan = planFinancing(catalogue, evaluation, {});
    const table = within(dossier).getByRole('table', { name: /^Finanzierungsplan: Kostenpositionen/ });
    const total = within(table).getByRole('rowheader', { name: 'Summe' }).parentElement!;
    const cells = within(total).getAllByRole('cell').map((c) => norm(c.textContent));
    expect(cells.at(-1)).toBe(norm(formatMoney(plan.totalCost, 'de')));
    expect(cells.at(-2)).toBe(norm(formatMoney(plan.ownShare, 'de')));
    for (const p of plan.planned) expect(within(table).getByRole('columnheader', { name: name(p.id) })).toBeInTheDocument();
    const chain = foerderkette(catalogue, evaluation, plan, AS_OF);
    const list = dossier.querySelector('.advisor-dossier-chain')!;
    expect(list.children).toHaveLength(chain.length);
    for (const p of plan.planned) expect(norm(list.textContent)).toContain(`${name(p.id)} – im Plan mit`);
    expect(plan.planned.length).toBeGreaterThan(0);
  });

  it('prints the uncertain notes of the criteria it lists', () => {
    const dossier = renderDossier();
    const uncertain = evaluation.programs
      .filter((r) => r.status !== 'ineligible')
      .flatMap((r) => [...r.met, ...r.open])
      .find((c) => c.uncertain);
    expect(uncertain).toBeDefined();
    expect(norm(dossier.textContent)).toContain(norm(`unsicher: ${uncertain!.uncertain!.de}`));
  });

  it('lists open questions and the notes', () => {
    const dossier = renderDossier();
    const notesSection = within(dossier).getByRole('region', { name: 'Notizen' });
    expect(notesSection).toHaveTextContent('Gemeinderat tagt am 12.12.; Beschlussvorlage bis 1.12.');
    expect(notesSection).toHaveTextContent(`${name('buergerbus')}: Ansprechpartner im Verkehrsministerium anrufen`);
    const open = within(dossier).getByRole('region', { name: 'Offene Fragen' });
    expect(within(open).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('prints the comparison after the summary when printed from the comparison', () => {
    const side = sideOf(catalogue, evaluation, { pinned: [], excluded: [] });
    const comparison = { labels: ['Variante A', 'Aktuelle Angaben'] as const, sides: [side, side] as const, answers: [GEMEINDE_LAND, GEMEINDE_LAND] as const };
    render(<Dossier catalogue={catalogue} evaluation={evaluation} asOf={AS_OF} plan={{ items: undefined, pinned: [], excluded: [] }} notes={notes} gemeinden={gemeinden} comparison={comparison} />);
    const section = screen.getByRole('region', { name: 'Varianten vergleichen' });
    expect(within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Programme im Vergleich', 'Finanzierungsplan im Vergleich', 'Angaben, die sich unterscheiden']);
    expect(within(section).getByRole('table', { name: /^Programme: Ergebnis und Betrag/ })).toBeInTheDocument();
  });

  it('says so when nothing is answered yet', () => {
    render(<Dossier catalogue={catalogue} evaluation={testEvaluation({})} asOf={AS_OF} plan={{ items: undefined, pinned: [], excluded: [] }} notes={{ general: '', programs: {} }} />);
    expect(screen.getByText('Keine Notizen.')).toBeInTheDocument();
    expect(screen.getByText('Es sind noch keine Kosten angegeben.')).toBeInTheDocument();
  });
});
