// @vitest-environment jsdom
/**
 * The round trips of a consultation through the whole wizard (jsdom): a share link opened in the
 * app, a damaged link, a file opened on the results, the draft across a reload, "Neu beginnen".
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotOf, type Consultation } from '../consultation/consultation';
import { toFile } from '../consultation/consultationFile';
import { encodeShareLink } from '../consultation/shareLink';
import { fullConsultation } from '../consultation/testing';
import type { Answers } from '../engine';
import { AS_OF, testCatalogue, testEvaluation } from '../results/testing';
import { pruneAnswers } from '../wizard/questions';
import { App } from './App';
import { saveDraft } from './draftStorage';
import { initI18n } from './i18n';
import { Session } from './Session';

// The app loads its catalogue as a chunk of its own; here it is the UI test catalogue too.
vi.mock('./catalogue', async () => ({ catalogue: (await import('../results/testing')).testCatalogue() }));

const catalogue = testCatalogue();
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

/**
 * A Verein's participation project without a Gemeinde (so no Gemeinden need loading), with plan,
 * pins and notes; the Beteiligungstaler fits it.
 */
const VEREIN: Answers = {
  antragsteller: 'verein',
  gemeinnuetzig: true,
  massnahmen: ['beteiligungsprozess'],
  phasen: ['beteiligung', 'umsetzung'],
  zielgruppen: ['alle_generationen'],
  buergerbeteiligung: true,
  kommune_unterstuetzt: true,
  kosten_sach: 8000,
  kosten_personal: 12000,
  kosten_beratung: 0,
  kosten_investition: 0,
  bereits_begonnen: false,
};
function verein(): Consultation {
  const c = fullConsultation();
  return {
    ...c,
    answers: VEREIN,
    planItems: [
      { id: 'sach', type: 'sach', amount: 8000, label: 'Flyer und Miete' },
      { id: 'personal', type: 'personal', amount: 12000 },
    ],
    pinned: ['beteiligungstaler'],
    excluded: ['aktion-mensch'],
    notes: { general: 'Vorstand trifft sich am 3.12.', programs: { 'gut-beraten': 'Antrag bis Jahresende' } },
    snapshot: snapshotOf(testEvaluation(VEREIN)),
  };
}
const kept = (answers: Answers) => pruneAnswers({ catalogue, asOf: AS_OF }, answers);
const stored = () => JSON.parse(localStorage.getItem('foerderbaukasten:entwurf') ?? 'null') as (Consultation & { place: { step: string } }) | null;

function renderSession() {
  const onSaved = vi.fn();
  const view = render(<Session catalogue={catalogue} asOf={AS_OF} fresh={false} onSaved={onSaved} />);
  return { onSaved, ...view };
}
const results = () => screen.findByRole('heading', { level: 1, name: 'Ihre Ergebnisse' }, { timeout: 5000 });

describe('a share link opened in the app', () => {
  it('opens the same answers, cost items, pins and exclusions on the results, and the address no longer holds the link', async () => {
    const c = verein();
    window.history.replaceState(null, '', `/${encodeShareLink(c)}`);
    renderSession();
    await results();
    expect(screen.getByRole('region', { name: 'Beratung aus dem Link geöffnet' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/ergebnis');
    const draft = stored()!;
    expect(draft.answers).toEqual(kept(c.answers));
    expect(draft).toMatchObject({ planItems: c.planItems, pinned: c.pinned, excluded: c.excluded, place: { step: 'ergebnis' } });
    // A link carries no notes.
    expect(draft.notes).toEqual({ general: '', programs: {} });
    expect(screen.getByRole('textbox', { name: 'Notizen zur Beratung' })).toHaveValue('');
  });

  it.each([
    ['cut off', (link: string) => link.slice(0, Math.floor(link.length * 0.6))],
    ['tampered with', (link: string) => link.slice(0, 40) + 'ÄÖÜ' + link.slice(43)],
    ['from a newer app', (link: string) => link.replace('#c=2.', '#c=7.')],
  ])('keeps the answers of the draft and says so when the link is %s', async (what, damage) => {
    saveDraft({ consultation: { ...fullConsultation(), answers: { antragsteller: 'gemeinde', phasen: ['beteiligung'] } }, place: { step: 'ergebnis' } });
    window.history.replaceState(null, '', `/${damage(encodeShareLink(verein()))}`);
    renderSession();
    await results();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(what === 'from a newer app' ? /stammt aus einer neueren Version/ : /^Der Link ist unvollständig oder beschädigt/);
    expect(alert).toHaveTextContent('Ihre bisherigen Angaben bleiben erhalten.');
    expect(stored()!.answers).toEqual({ antragsteller: 'gemeinde', phasen: ['beteiligung'] });
    expect(window.location.hash).toBe('#/ergebnis');
  });
});

describe('a consultation file opened on the results', () => {
  it('replaces the answers, plan and notes and says what changed since it was saved', async () => {
    saveDraft({ consultation: { ...fullConsultation(), answers: { antragsteller: 'gemeinde', phasen: ['beteiligung'] }, notes: { general: 'alt', programs: {} } }, place: { step: 'ergebnis' } });
    renderSession();
    await results();
    const c = verein();
    // Saved when Quartiersimpulse still fitted this Verein, with a different amount.
    const saved = { ...c, snapshot: { ...c.snapshot!, quartiersimpulse: { status: 'eligible' as const, min: 1000, max: 2000, deadline: 'continuous' } } };
    await userEvent.upload(screen.getByLabelText('Beratung öffnen'), new File([toFile(saved).text], 'beratung-verein.json', { type: 'application/json' }));
    const banner = await screen.findByRole('region', { name: 'Beratung geöffnet: beratung-verein.json' });
    await waitFor(() => expect(banner).toHaveFocus());
    const changes = within(banner).getByText('Quartiersimpulse').parentElement!;
    expect(changes).toHaveTextContent(/Ergebnis: vorher „Passt“, jetzt „Passt (nicht|vielleicht)“/);
    expect(screen.getByRole('textbox', { name: 'Notizen zur Beratung' })).toHaveValue('Vorstand trifft sich am 3.12.');
    await waitFor(() => expect(stored()!.answers).toEqual(kept(c.answers)));
    expect(stored()).toMatchObject({ planItems: c.planItems, pinned: c.pinned, excluded: c.excluded, notes: c.notes });
  });
});

describe('the draft in local storage', () => {
  it('is written on every change and survives a reload, at the same place', async () => {
    saveDraft({ consultation: { ...verein(), notes: { general: '', programs: {} } }, place: { step: 'ergebnis' } });
    const { onSaved, unmount } = renderSession();
    await results();
    await userEvent.type(screen.getByRole('textbox', { name: 'Notizen zur Beratung' }), 'Kassenwart fragen');
    expect(onSaved).toHaveBeenLastCalledWith({ kind: 'saved', at: expect.any(Date) });
    expect(stored()).toMatchObject({ format: 'foerderbaukasten-beratung', version: 2, notes: { general: 'Kassenwart fragen' }, place: { step: 'ergebnis' } });
    expect(Object.keys(stored()!.snapshot ?? {})).toHaveLength(catalogue.programs.length);
    unmount();
    window.history.replaceState(null, '', '/');
    renderSession();
    await results();
    expect(screen.getByRole('textbox', { name: 'Notizen zur Beratung' })).toHaveValue('Kassenwart fragen');
    expect(stored()!.answers).toEqual(kept(VEREIN));
  });

  it('says what changed for its programs since the last visit, without taking focus', async () => {
    const c = verein();
    const fits = testEvaluation(VEREIN).programs.find((r) => r.status === 'eligible')!.id;
    const before = { ...c.snapshot![fits]!, status: 'ineligible' as const };
    saveDraft({ consultation: { ...c, snapshot: { ...c.snapshot!, [fits]: before } }, place: { step: 'ergebnis' } });
    renderSession();
    await results();
    const banner = screen.getByRole('region', { name: 'Seit Ihrem letzten Besuch hat sich etwas geändert' });
    const name = catalogue.programs.find((p) => p.id === fits)!.name.de;
    expect(within(banner).getByText(name).parentElement).toHaveTextContent('Ergebnis: vorher „Passt nicht“, jetzt „Passt“');
    expect(within(banner).getAllByRole('listitem').filter((li) => li.querySelector('strong'))).toHaveLength(1);
    expect(banner).not.toHaveFocus();
    await userEvent.click(within(banner).getByRole('button', { name: 'Hinweis schließen' }));
    expect(screen.queryByRole('region', { name: 'Seit Ihrem letzten Besuch hat sich etwas geändert' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('says nothing when nothing changed since the last visit', async () => {
    saveDraft({ consultation: verein(), place: { step: 'ergebnis' } });
    renderSession();
    await results();
    expect(screen.queryByRole('region', { name: 'Seit Ihrem letzten Besuch hat sich etwas geändert' })).toBeNull();
  });

  it('ignores a corrupt draft with a notice and starts cleanly', async () => {
    localStorage.setItem('foerderbaukasten:entwurf', '{"format":"foerderbaukasten-beratung","version":2,');
    renderSession();
    expect(await screen.findByRole('heading', { level: 1, name: 'Förderbaukasten Quartier 2030' })).toBeInTheDocument();
    expect(screen.getByText(/Ein gespeicherter Entwurf konnte nicht \(vollständig\) gelesen werden/)).toBeInTheDocument();
  });
});

describe('"Neu beginnen" in the page frame', () => {
  it('asks, then clears the draft and starts again', async () => {
    saveDraft({ consultation: verein(), place: { step: 'ergebnis' } });
    window.history.replaceState(null, '', '/#/ergebnis');
    render(<App />);
    await results();
    expect(await screen.findByText(/^Entwurf gespeichert \(\d\d:\d\d\) – nur in diesem Browser$/)).toHaveAttribute('role', 'status');
    await userEvent.click(await screen.findByRole('button', { name: 'Neu beginnen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, alles löschen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Förderbaukasten Quartier 2030' })).toBeInTheDocument();
    expect(screen.getByText('Entwurf gelöscht – Sie beginnen neu.')).toBeInTheDocument();
    expect(localStorage.getItem('foerderbaukasten:entwurf')).toBeNull();
    expect(screen.getByRole('button', { name: 'Jetzt starten' })).toBeInTheDocument();
  });
});
