// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { emptyConsultation } from '../consultation/consultation';
import { planFinancing, type Answers } from '../engine';
import { formatMoney } from '../results/format';
import { AS_OF, GEMEINDE_PFLEGE, testCatalogue, testEvaluation, testGemeinden } from '../results/testing';
import { ComparePage } from './ComparePage';
import { useComparison } from './useComparison';

const catalogue = testCatalogue();
const gemeinden = testGemeinden();
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(cleanup);

const name = (id: string) => catalogue.programs.find((p) => p.id === id)!.name.de;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
// The Gemeinde alone (variant) and with a Verein as partner (current answers).
const ALONE: Answers = { ...GEMEINDE_PFLEGE, zivilgesellschaftlicher_partner: false };
const WITH_PARTNER: Answers = GEMEINDE_PFLEGE;
const plan = { items: undefined, pinned: [], excluded: [] };

function renderCompare() {
  const variant = { label: 'Gemeinde allein', consultation: { ...emptyConsultation(catalogue, AS_OF), answers: ALONE } };
  const evaluation = testEvaluation(WITH_PARTNER);
  const { result } = renderHook(() => useComparison(catalogue, AS_OF, variant, evaluation, plan, 'Mit Verein', gemeinden));
  const handlers = { onBack: vi.fn(), onClear: vi.fn() };
  render(<ComparePage catalogue={catalogue} comparison={result.current} gemeinden={gemeinden} {...handlers} />);
  return { ...handlers, evaluation };
}

/** A table as rows of cell texts, header row first. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].filter((c) => c.textContent !== '').map((c) => norm(c.textContent)));

describe('the comparison of two variants', () => {
  it('has one h1 with focus and says what is compared', () => {
    renderCompare();
    expect(screen.getByRole('heading', { level: 1, name: 'Varianten vergleichen' })).toHaveFocus();
    expect(screen.getByText(/„Gemeinde allein“ und „Mit Verein“ nebeneinander/)).toBeInTheDocument();
  });

  it('shows per program the status in words and the planned amount on both sides, in a captioned table with scoped headers', () => {
    renderCompare();
    const table = screen.getByRole('table', { name: 'Programme: Ergebnis und Betrag im Finanzierungsplan – „Gemeinde allein“ und „Mit Verein“' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Programm', 'Ergebnis: Gemeinde allein', 'Im Plan: Gemeinde allein', 'Ergebnis: Mit Verein', 'Im Plan: Mit Verein']);
    for (const h of headers) expect(h).toHaveAttribute('scope', 'col');
    for (const h of within(table).getAllByRole('rowheader')) expect(h).toHaveAttribute('scope', 'row');
    // Quartiersimpulse needs a civil-society partner: "Passt nicht" alone, "Passt" with the Verein.
    const row = within(table).getByRole('rowheader', { name: name('quartiersimpulse') }).parentElement!;
    const cells = within(row).getAllByRole('cell').map((c) => norm(c.textContent));
    expect(cells[0]).toBe('Passt nicht');
    expect(cells[1]).toBe('nicht im Plan');
    expect(cells[2]).toBe('Passt');
    const withPartner = planFinancing(catalogue, testEvaluation(WITH_PARTNER), {});
    const planned = withPartner.planned.find((p) => p.id === 'quartiersimpulse');
    expect(cells[3]).toBe(planned ? norm(formatMoney(planned.amount, 'de')) : 'nicht im Plan');
  });

  it('compares the plan totals: funding and own share', () => {
    renderCompare();
    const table = screen.getByRole('table', { name: /^Summen des Finanzierungsplans/ });
    const alone = planFinancing(catalogue, testEvaluation(ALONE), {});
    const withPartner = planFinancing(catalogue, testEvaluation(WITH_PARTNER), {});
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['Gemeinde allein', 'Mit Verein']);
    expect(rows.find((r) => r[0] === 'Förderung gesamt')).toEqual(['Förderung gesamt', norm(formatMoney(alone.total, 'de')), norm(formatMoney(withPartner.total, 'de'))]);
    expect(rows.find((r) => r[0] === 'Eigenanteil')).toEqual(['Eigenanteil', norm(formatMoney(alone.ownShare, 'de')), norm(formatMoney(withPartner.ownShare, 'de'))]);
  });

  it('lists the answers that differ, in words', () => {
    renderCompare();
    const table = screen.getByRole('table', { name: /^Angaben, die sich unterscheiden/ });
    expect(rowsOf(table).slice(1)).toEqual([['Wirkt ein zivilgesellschaftlicher Partner mit (Verein, Initiative, Kirchengemeinde …)?', 'Nein', 'Ja']]);
  });

  it('goes back, and discards the variant on request', async () => {
    const { onBack, onClear } = renderCompare();
    await userEvent.click(screen.getAllByRole('button', { name: 'Zurück zu den Ergebnissen' })[0]!);
    expect(onBack).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Variante verwerfen' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('explains what to do when no variant is kept', () => {
    render(<ComparePage catalogue={catalogue} comparison={undefined} onBack={vi.fn()} onClear={vi.fn()} />);
    expect(screen.getByText(/Es ist noch keine Variante gemerkt/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
