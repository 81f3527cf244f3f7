// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { planFinancing, type CostItem, type Plan } from '../engine';
import { parseIcs } from '../exports/ics';
import { formatMoney, formatShare } from '../results/format';
import { ResultsPage } from '../results/ResultsPage';
import { AS_OF, testCatalogue, testEvaluation } from '../results/testing';
import { PlanPage } from './PlanPage';
import { GEMEINDE_LAND } from './testing';

const catalogue = testCatalogue();
const evaluation = testEvaluation(GEMEINDE_LAND);
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await act(() => i18n.changeLanguage('de'));
});

const name = (id: string, lang: 'de' | 'en' = 'de') => catalogue.programs.find((p) => p.id === id)!.name[lang];
/** As the DOM text reads after whitespace normalisation (no-break spaces become spaces). */
const norm = (s: string) => s.replace(/\s+/g, ' ');
const euro = (n: number) => norm(formatMoney(n, 'de'));
const share = (n: number) => norm(formatShare(n, 'de'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** PlanPage with its state kept as the wizard machine keeps it. */
function Stateful({ spy }: { spy: { items: (i: CostItem[]) => void; pin: (id: string, v: boolean) => void; exclude: (id: string, v: boolean) => void } }) {
  const [items, setItems] = useState<CostItem[]>();
  const [pinned, setPinned] = useState<string[]>([]);
  const [excluded, setExcluded] = useState<string[]>([]);
  return (
    <PlanPage
      catalogue={catalogue}
      evaluation={evaluation}
      asOf={AS_OF}
      {...(items ? { items } : {})}
      pinned={pinned}
      excluded={excluded}
      onItemsChange={(i) => {
        spy.items(i);
        setItems(i);
      }}
      onPin={(id, v) => {
        spy.pin(id, v);
        setPinned((p) => (v ? [...p, id] : p.filter((x) => x !== id)));
        if (v) setExcluded((e) => e.filter((x) => x !== id));
      }}
      onExclude={(id, v) => {
        spy.exclude(id, v);
        setExcluded((e) => (v ? [...e, id] : e.filter((x) => x !== id)));
        if (v) setPinned((p) => p.filter((x) => x !== id));
      }}
      onBack={() => {}}
    />
  );
}

function renderPlan() {
  const spy = { items: vi.fn(), pin: vi.fn(), exclude: vi.fn() };
  render(<Stateful spy={spy} />);
  return spy;
}

const planTable = () => screen.getByRole('table', { name: /^Finanzierungsplan: Kostenpositionen × Finanzierungsquellen/ });
const columnNames = () => within(planTable()).getAllByRole('columnheader').map((h) => h.textContent);
/** The cells of the table row whose header starts with `row`. */
function rowCells(row: string): string[] {
  const header = within(planTable()).getAllByRole('rowheader').find((h) => h.textContent?.startsWith(row));
  if (!header) throw new Error(`no row ${row}`);
  return within(header.closest('tr')!).getAllByRole('cell').map((c) => norm(c.textContent ?? ''));
}
const region = (title: string) => screen.getByRole('region', { name: title });

/** The table must show exactly what planFinancing computes for the same options. */
function expectTableOf(plan: Plan) {
  const columns = [...plan.planned].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id));
  expect(columnNames()).toEqual(['Kostenposition', ...columns.map((p) => name(p.id)), 'Eigenanteil', 'Summe']);
  expect(rowCells('Summe')).toEqual([...columns.map((p) => euro(p.amount)), euro(plan.ownShare), euro(plan.totalCost)]);
  const summary = region('Auf einen Blick');
  expect(within(summary).getByText('Förderung gesamt').nextSibling).toHaveTextContent(euro(plan.total));
  expect(within(summary).getByText('Eigenanteil').nextSibling).toHaveTextContent(euro(plan.ownShare));
  expect(within(summary).getByText('Anteil öffentlicher Mittel').nextSibling).toHaveTextContent(share(plan.publicShare));
}

describe('PlanPage', () => {
  it('has one h1 with focus and shows the plan that planFinancing computes, per cost item', () => {
    renderPlan();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Finanzierungsplan' })).toHaveFocus();
    const plan = planFinancing(catalogue, evaluation);
    expect(plan.planned.map((p) => p.id).sort()).toEqual(['kfw-432', 'staedtebaufoerderung']);
    // Quartiersimpulse fits, but no source states its quota: "Betrag offen", not money in the plan.
    expect(within(region('Betrag offen')).getByRole('heading', { name: name('quartiersimpulse') })).toBeInTheDocument();
    expectTableOf(plan);
    // Rows: one per cost type of the answers, each adding up to its cost; headers scoped.
    const investition = rowCells('Investition');
    expect(investition.at(-1)).toBe(euro(400000));
    expect(investition).toContain(euro(240000));
    expect(rowCells('Anteil an den Gesamtkosten').at(-1)).toBe(share(1));
    for (const h of within(planTable()).getAllByRole('columnheader')) expect(h).toHaveAttribute('scope', 'col');
    for (const h of within(planTable()).getAllByRole('rowheader')) expect(h).toHaveAttribute('scope', 'row');
    expect(screen.getByRole('region', { name: 'Tabelle: Finanzierungsplan' })).toHaveAttribute('tabindex', '0');
  });

  it('recomputes at once when a program is taken out of the plan, and announces the new totals', async () => {
    const spy = renderPlan();
    const planned = region('Programme im Plan');
    const button = within(planned).getByRole('button', { name: `Aus dem Plan nehmen: ${name('kfw-432')}` });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(spy.exclude).toHaveBeenCalledWith('kfw-432', true);
    const plan = planFinancing(catalogue, evaluation, { excluded: ['kfw-432'] });
    expect(plan.planned.map((p) => p.id)).not.toContain('kfw-432');
    expectTableOf(plan);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Plan neu berechnet: Förderung ${euro(plan.total)}, Eigenanteil ${euro(plan.ownShare)}, Anteil öffentlicher Mittel ${share(plan.publicShare)}.`,
    );
    // The program is now among those left out, with the pressed button, which has the focus.
    const leftOut = region('Nicht im Plan – warum');
    const card = within(leftOut).getByRole('heading', { name: name('kfw-432') }).closest('li')!;
    expect(card).toHaveTextContent('Sie haben das Programm aus dem Plan genommen');
    const pressed = within(card).getByRole('button', { name: `Aus dem Plan nehmen: ${name('kfw-432')}` });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(pressed).toHaveFocus();
    await userEvent.click(pressed);
    expectTableOf(planFinancing(catalogue, evaluation));
  });

  it('fixes a left-out program in the plan (ELR instead of the Städtebauförderung on the investment)', async () => {
    const spy = renderPlan();
    expect(columnNames()).not.toContain(name('elr'));
    const leftOut = region('Nicht im Plan – warum');
    await userEvent.click(within(leftOut).getByRole('button', { name: `Festsetzen: ${name('elr')}` }));
    expect(spy.pin).toHaveBeenCalledWith('elr', true);
    const plan = planFinancing(catalogue, evaluation, { pinned: ['elr'] });
    expect(plan.pinsHonoured).toBe(true);
    expect(plan.planned.map((p) => p.id)).toContain('elr');
    expectTableOf(plan);
    const button = within(region('Programme im Plan')).getByRole('button', { name: `Festsetzen: ${name('elr')}` });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveFocus();
  });

  it('explains a left-out program with the ruling relation, its source and Stand', () => {
    renderPlan();
    const relation = catalogue.relations.find((r) => r.id === 'elr-keine-zwei-landesprogramme')!;
    const card = within(region('Nicht im Plan – warum')).getByRole('heading', { name: name('elr') }).closest('li')!;
    expect(card).toHaveTextContent(`${name('elr')} und ${name('staedtebaufoerderung')} nicht für dieselbe Kostenposition: ${relation.text.de}`);
    const link = within(card).getByRole('link', { name: new RegExp(`^${escape(relation.source.title!)}`) });
    expect(link).toHaveAttribute('href', relation.source.url);
    expect(card).toHaveTextContent('Stand: 14.05.2021 – Sekundärquelle');
    // A relation marked uncertain says so.
    const uncertain = catalogue.relations.find((r) => r.id === 'doppelfoerderung-landeszuwendung')!;
    expect(uncertain.uncertain).toBeDefined();
    const other = within(region('Nicht im Plan – warum')).getByRole('heading', { name: name('flaechen-gewinnen') }).closest('li')!;
    expect(other).toHaveTextContent(`unsicher: ${uncertain.uncertain!.de}`);
  });

  it('lists open amounts as "Betrag offen", not counted, and loans as financing the own share', () => {
    renderPlan();
    const open = region('Betrag offen');
    expect(within(open).getByRole('heading', { name: name('ambulante-hilfen') })).toBeInTheDocument();
    expect(within(open).getAllByText('Betrag offen').length).toBeGreaterThan(0);
    expect(columnNames()).not.toContain(name('ambulante-hilfen'));
    const loans = region('Darlehen');
    const loan = within(loans).getByRole('heading', { name: name('kfw-ikk-barrierearme-stadt') }).closest('li')!;
    expect(loan).toHaveTextContent('Darlehen – kann den Eigenanteil finanzieren');
  });

  it('splits a cost item, gives the part its own phase and recomputes on "Plan neu berechnen"', async () => {
    const spy = renderPlan();
    const form = screen.getByRole('form', { name: 'Kostenpositionen anpassen' });
    expect(within(form).getAllByRole('group')).toHaveLength(4);
    await userEvent.click(within(form).getByRole('button', { name: 'Aufteilen Kostenposition 1' }));
    const groups = within(form).getAllByRole('group');
    expect(groups).toHaveLength(5);
    const second = within(form).getByRole('group', { name: 'Kostenposition 2' });
    const amount = within(second).getByRole('textbox', { name: 'Betrag (in Euro)' });
    expect(amount).toHaveFocus();
    expect(amount).toHaveValue('30.000');
    await userEvent.selectOptions(within(second).getByRole('combobox', { name: 'Phase' }), 'Verstetigung');
    await userEvent.type(within(second).getByRole('textbox', { name: 'Bezeichnung (freiwillig)' }), 'Verstetigung 2028');
    await userEvent.click(within(form).getByRole('button', { name: 'Plan neu berechnen' }));
    const items = spy.items.mock.calls.at(-1)![0] as CostItem[];
    expect(items).toHaveLength(5);
    expect(items[1]).toMatchObject({ type: 'personal', amount: 30000, phase: 'verstetigung', label: 'Verstetigung 2028' });
    expectTableOf(planFinancing(catalogue, evaluation, { items }));
    expect(within(planTable()).getAllByRole('rowheader').map((h) => h.firstChild?.textContent)).toEqual(
      expect.arrayContaining(['Personalkosten', 'Verstetigung 2028', 'Summe', 'Anteil an den Gesamtkosten']),
    );
    expect(rowCells('Verstetigung 2028').at(-1)).toBe(euro(30000));
  });

  it('checks the cost items and shows an error summary that links to the field', async () => {
    const spy = renderPlan();
    const form = screen.getByRole('form', { name: 'Kostenpositionen anpassen' });
    const first = within(form).getByRole('group', { name: 'Kostenposition 1' });
    await userEvent.clear(within(first).getByRole('textbox', { name: 'Betrag (in Euro)' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Kostenposition hinzufügen' }));
    const added = within(form).getByRole('group', { name: 'Kostenposition 5' });
    expect(within(added).getByRole('textbox', { name: 'Bezeichnung (freiwillig)' })).toHaveFocus();
    await userEvent.type(within(added).getByRole('textbox', { name: 'Betrag (in Euro)' }), '12,3,4');
    await userEvent.click(within(form).getByRole('button', { name: 'Plan neu berechnen' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Geben Sie den Betrag von Kostenposition 1 ein',
      'Geben Sie den Betrag von Kostenposition 5 in Euro ein, zum Beispiel 12.500',
    ]);
    expect(spy.items).not.toHaveBeenCalled();
    await userEvent.click(links[1]!);
    expect(within(added).getByRole('textbox', { name: 'Betrag (in Euro)' })).toHaveFocus();
    expect(within(added).getByRole('textbox', { name: 'Betrag (in Euro)' })).toHaveAttribute('aria-invalid', 'true');
    // Removing an item moves focus to "add".
    await userEvent.click(within(added).getByRole('button', { name: 'Entfernen Kostenposition 5' }));
    expect(within(form).getByRole('button', { name: 'Kostenposition hinzufügen' })).toHaveFocus();
  });

  it('draws the plan as an image with a text alternative of every source and amount', () => {
    renderPlan();
    const plan = planFinancing(catalogue, evaluation);
    const chart = screen.getByRole('img', { name: 'Anteile der Finanzierungsquellen an den Gesamtkosten' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const description = chart.getAttribute('aria-describedby')!;
    const list = document.getElementById(description)!;
    for (const p of plan.planned) expect(list).toHaveTextContent(`${name(p.id)}: ${euro(p.amount)} (${share(p.amount / plan.totalCost)})`);
    expect(list).toHaveTextContent(`Eigenanteil: ${euro(plan.ownShare)}`);
    expect(chart.querySelectorAll(':scope > rect')).toHaveLength(plan.planned.length + 1);
    expect(document.querySelector('[style]')).toBeNull();
  });

  it('orders the Förderkette along the phases and downloads the future deadlines as .ics', async () => {
    renderPlan();
    const chain = region('Förderkette');
    const steps = within(chain).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(steps.slice(0, 2)).toEqual(['Information und Beratung', 'Konzept und Analyse']);
    expect(steps.indexOf('Investition (Bau, Ausstattung)')).toBeGreaterThan(steps.indexOf('Konzept und Analyse'));
    expect(chain).toHaveTextContent(
      `${name('staedtebaufoerderung')} – im Plan mit ${euro(240000)}. Frist: Letzte Frist: 06.10.2025 (abgelaufen). Eine nächste Runde ist angekündigt, aber noch nicht ausgeschrieben.`,
    );
    expect(chain).toHaveTextContent(
      `${name('quartiersimpulse')} – Betrag offen. Frist: Letzte Frist: 14.08.2026 (abgelaufen). Über eine nächste Runde sagen unsere Quellen nichts.`,
    );
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:plan';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('foerderfristen.ics');
      expect(this.href).toBe('blob:plan');
    });
    await userEvent.click(within(chain).getByRole('button', { name: 'Fristen als Kalender (.ics)' }));
    expect(click).toHaveBeenCalledOnce();
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    const text = await blobs[0]!.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const dates = parseIcs(text).events.map((e) => e['DTSTART']!);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= AS_OF.replace(/-/g, '')).toBe(true);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('speaks English', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderPlan();
    expect(screen.getByRole('heading', { level: 1, name: 'Financing plan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Take out of the plan: ${name('staedtebaufoerderung', 'en')}` })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Shares of the funding sources in the total cost' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deadlines as calendar (.ics)' })).toBeInTheDocument();
  });

  it('is offered on the results page by a "Finanzierungsplan" button', async () => {
    const onShowPlan = vi.fn();
    render(
      <ResultsPage catalogue={catalogue} evaluation={evaluation} asOf={AS_OF} onOpenProgram={vi.fn()} onEditFact={vi.fn()} onShowOverview={vi.fn()} onEditAnswers={vi.fn()} onShowPlan={onShowPlan} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Finanzierungsplan' }));
    expect(onShowPlan).toHaveBeenCalledOnce();
  });
});
