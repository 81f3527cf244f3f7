// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { fromFile, toFile } from '../consultation/consultationFile';
import { decodeShareLink } from '../consultation/shareLink';
import { fullConsultation, NOW } from '../consultation/testing';
import { testCatalogue } from '../results/testing';
import { NO_NOTES } from '../wizard/wizard.machine';
import type { Advisor } from './advisor';
import { SharePanel } from './SharePanel';

const catalogue = testCatalogue();
const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderPanel(overrides: Partial<Advisor> = {}) {
  const consultation = fullConsultation();
  const advisor: Advisor = {
    notes: NO_NOTES,
    settled: true,
    current: () => consultation,
    onNote: vi.fn(),
    onOpen: vi.fn(),
    onDismissOpened: vi.fn(),
    onSaveVariant: vi.fn(),
    onClearVariant: vi.fn(),
    onShowCompare: vi.fn(),
    ...overrides,
  };
  render(<SharePanel catalogue={catalogue} advisor={advisor} />);
  return { advisor, consultation, region: screen.getByRole('region', { name: 'Teilen, speichern, drucken' }) };
}

const upload = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('the share panel: link', () => {
  it('copies the link to the clipboard; the link opens the same answers, cost items and pins, without notes', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { consultation } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Link kopieren' }));
    await waitFor(() => expect(screen.getByText('Link kopiert. Sie können ihn jetzt einfügen und versenden.')).toBeInTheDocument());
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/#c=2\./);
    const opened = decodeShareLink(url, catalogue, NOW);
    expect(opened.ok && opened.consultation).toMatchObject({
      answers: consultation.answers,
      planItems: consultation.planItems,
      pinned: consultation.pinned,
      excluded: consultation.excluded,
      notes: { general: '', programs: {} },
    });
    expect(screen.queryByRole('textbox', { name: 'Link zu dieser Beratung' })).not.toBeInTheDocument();
  });

  it.each([
    ['refuses', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } }],
    ['has no clipboard', { clipboard: undefined }],
  ])('shows the link selected in a read-only field when the browser %s', async (_what, nav) => {
    vi.stubGlobal('navigator', { ...navigator, ...nav });
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Link kopieren' }));
    const field = await screen.findByRole('textbox', { name: 'Link zu dieser Beratung' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
    expect(decodeShareLink(input.value, catalogue).ok).toBe(true);
    expect(screen.getByText('Link markiert – mit Strg+C kopieren.')).toHaveAttribute('role', 'status');
  });
});

describe('the share panel: file', () => {
  it('saves the consultation as a JSON file that opens again with everything in it', async () => {
    let saved: Blob | undefined;
    const create = vi.fn((b: Blob) => {
      saved = b;
      return 'blob:x';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { consultation } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Beratung als Datei speichern' }));
    expect(click).toHaveBeenCalledTimes(1);
    const a = click.mock.contexts[0] as HTMLAnchorElement;
    expect(a.download).toBe('beratung-2026-11-21.json');
    const text = await saved!.text();
    expect(text).toBe(toFile(consultation).text);
    const back = fromFile(text, catalogue, NOW);
    expect(back.ok && back.consultation).toEqual(consultation);
  });

  it('opens a consultation file and hands it on, with the file name', async () => {
    const { advisor } = renderPanel();
    const c = fullConsultation();
    await userEvent.upload(screen.getByLabelText('Beratung öffnen'), upload('beratung-2026-11-21.json', toFile(c).text));
    await waitFor(() => expect(advisor.onOpen).toHaveBeenCalledTimes(1));
    expect(advisor.onOpen).toHaveBeenCalledWith({ source: 'file', consultation: c, dropped: [], name: 'beratung-2026-11-21.json' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['not JSON', 'notizen.txt', 'Gemeinderat am 12.12.', '„notizen.txt“ ist keine Beratungsdatei: Sie enthält kein lesbares JSON.'],
    ['foreign JSON', 'package.json', '{"name":"x","version":"1.0.0"}', '„package.json“ ist keine Beratung aus dem Förderbaukasten.'],
    ['from a newer app', 'neu.json', JSON.stringify({ ...fullConsultation(), version: 9 }), '„neu.json“ stammt aus einer neueren Version des Förderbaukastens und kann hier nicht geöffnet werden.'],
    ['broken', 'kaputt.json', JSON.stringify({ ...fullConsultation(), pinned: 'nis' }), '„kaputt.json“ ist beschädigt oder unvollständig.'],
    ['too large', 'gross.json', `{"x":"${'a'.repeat(1024 * 1024)}"}`, '„gross.json“ ist zu groß für eine Beratungsdatei (höchstens 1 MB).'],
  ])('gives a clear error for a file that is %s, takes focus and keeps the consultation', async (_what, name, text, message) => {
    const { advisor } = renderPanel();
    const input = screen.getByLabelText('Beratung öffnen');
    await userEvent.upload(input, upload(name, text));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getByRole('heading', { name: 'Die Datei konnte nicht geöffnet werden' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: message })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Ihre bisherigen Angaben bleiben unverändert.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(advisor.onOpen).not.toHaveBeenCalled();
    // The summary's link leads to the file field.
    await userEvent.click(within(alert).getByRole('link'));
    expect(input).toHaveFocus();
  });
});

describe('the share panel: print and variants', () => {
  it('prints with the browser', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Drucken / als PDF speichern' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('keeps a variant under a name (or "Variante A") and offers the comparison once there is one', async () => {
    const { advisor } = renderPanel();
    expect(screen.queryByRole('button', { name: 'Varianten vergleichen' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Variante merken' }));
    expect(advisor.onSaveVariant).toHaveBeenLastCalledWith('Variante A');
    await userEvent.type(screen.getByLabelText('Name der Variante'), 'Gemeinde allein{Enter}');
    expect(advisor.onSaveVariant).toHaveBeenLastCalledWith('Gemeinde allein');
    expect(screen.getByText('Variante „Gemeinde allein“ gemerkt.')).toBeInTheDocument();
    cleanup();
    const again = renderPanel({ variant: { label: 'Gemeinde allein', consultation: fullConsultation() } });
    expect(screen.getByText(/Gemerkt: „Gemeinde allein“/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Varianten vergleichen' }));
    expect(again.advisor.onShowCompare).toHaveBeenCalledTimes(1);
  });
});

