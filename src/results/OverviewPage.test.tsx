// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { OverviewPage } from './OverviewPage';
import { programsFor } from './overviewFilter';
import { AS_OF, testCatalogue } from './testing';

const catalogue = testCatalogue();
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('de'));
});

function renderOverview(asOf = AS_OF) {
  const handlers = { onOpenProgram: vi.fn(), onBack: vi.fn() };
  render(<OverviewPage catalogue={catalogue} asOf={asOf} {...handlers} />);
  return handlers;
}
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const total = catalogue.programs.length;

describe('OverviewPage', () => {
  it('shows all programs × the seven phases in a captioned table', () => {
    renderOverview();
    expect(screen.getByRole('heading', { level: 1, name: 'Alle Programme im Überblick' })).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Programme und die Projektphasen, die sie fördern' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toHaveLength(9);
    expect(headers.slice(0, 2)).toEqual(['Programm', 'Ebene']);
    expect(headers).toContain('Beteiligung');
    expect(bodyRows()).toHaveLength(total);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(total);
  });

  it('says ja or nein in every phase cell, not by the tick alone', () => {
    renderOverview();
    const p = catalogue.programs.find((x) => x.id === 'gut-beraten')!;
    const row = screen.getByRole('rowheader', { name: new RegExp(p.name.de.replace(/[()!?.]/g, '\\$&')) }).closest('tr')!;
    const cells = within(row).getAllByRole('cell').slice(1);
    expect(cells).toHaveLength(7);
    const phases = catalogue.facts.find((f) => f.id === 'phasen')!.values!;
    phases.forEach((phase, i) => expect(cells[i]).toHaveTextContent(p.phases.includes(phase.id) ? 'ja' : 'nein'));
  });

  it('scrolls in a focusable, named region', () => {
    renderOverview();
    const region = screen.getByRole('region', { name: 'Tabelle: Programme und Projektphasen' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });

  it('filters by applicant, Handlungsfeld and funder level and announces the count', async () => {
    renderOverview();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`${total} von ${total} Programmen angezeigt`);
    await userEvent.selectOptions(screen.getByLabelText('Antragsteller'), 'Eingetragener Verein');
    const forVerein = programsFor(catalogue, 'verein', AS_OF).size;
    expect(bodyRows()).toHaveLength(forVerein);
    expect(status).toHaveTextContent(`${forVerein} von ${total} Programmen angezeigt`);
    await userEvent.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Pflege und Gesundheit');
    await userEvent.selectOptions(screen.getByLabelText('Ebene des Fördergebers'), 'Land');
    const expected = catalogue.programs.filter(
      (p) => programsFor(catalogue, 'verein', AS_OF).has(p.id) && p.handlungsfelder.includes('pflege_gesundheit') && p.level === 'land',
    );
    expect(bodyRows().map((r) => within(r).getByRole('button').textContent)).toEqual(expected.map((p) => p.name.de));
  });

  it('marks ended and stale programs', () => {
    renderOverview('2027-02-01');
    const ended = catalogue.programs.find((p) => p.id === 'mehrgenerationenhaus')!;
    expect(screen.getByRole('button', { name: ended.name.de }).closest('th')).toHaveTextContent('kein neuer Einstieg');
    expect(screen.getAllByText('Möglicherweise veraltet.').length).toBe(catalogue.programs.filter((p) => p.review_by < '2027-02-01').length);
  });

  it('opens a program and goes back', async () => {
    const { onOpenProgram, onBack } = renderOverview();
    const p = catalogue.programs.find((x) => x.id === 'quartiersimpulse')!;
    await userEvent.click(screen.getByRole('button', { name: p.name.de }));
    expect(onOpenProgram).toHaveBeenCalledWith('quartiersimpulse');
    await userEvent.click(screen.getByRole('button', { name: 'Zurück zu den Ergebnissen' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('speaks English, program names included', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderOverview();
    expect(screen.getByRole('heading', { level: 1, name: 'Overview of all programmes' })).toBeInTheDocument();
    const p = catalogue.programs.find((x) => x.id === 'quartiersimpulse')!;
    expect(screen.getByRole('button', { name: p.name.en })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByText('yes').length).toBeGreaterThan(0);
  });
});
