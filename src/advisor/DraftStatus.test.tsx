// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { DraftStatus } from './DraftStatus';
import { NotesField } from './NotesField';
import { savedTime } from './saveState';

const i18n = initI18n('de');
beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(cleanup);

describe('the draft status in the page frame', () => {
  const at = new Date(2026, 10, 21, 10, 15);

  it('says politely that the draft is saved, with the time', () => {
    render(<DraftStatus state={{ kind: 'saved', at }} onRestart={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent(`Entwurf gespeichert (${savedTime(at, 'de')}) – nur in diesem Browser`);
    expect(savedTime(at, 'de', new Date(2026, 10, 21, 18))).toBe('10:15');
    expect(savedTime(at, 'de', new Date(2026, 10, 22, 9))).toBe('21.11.2026, 10:15');
  });

  it('says when the browser does not let it save, and offers no restart without a draft', () => {
    render(<DraftStatus state={{ kind: 'failed' }} onRestart={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent(/kann in diesem Browser nicht gespeichert werden/);
    expect(screen.queryByRole('button', { name: 'Neu beginnen' })).toBeNull();
  });

  it('"Neu beginnen" asks inline first; "Abbrechen" keeps everything and returns focus', async () => {
    const onRestart = vi.fn();
    render(<DraftStatus state={{ kind: 'saved', at }} onRestart={onRestart} />);
    await userEvent.click(screen.getByRole('button', { name: 'Neu beginnen' }));
    const group = screen.getByRole('group', { name: /^Wirklich neu beginnen\?/ });
    expect(within(group).getByText(/^Wirklich neu beginnen\?/)).toHaveFocus();
    await userEvent.click(within(group).getByRole('button', { name: 'Abbrechen' }));
    expect(onRestart).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Neu beginnen' })).toHaveFocus();
  });

  it('clears after confirmation', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const onRestart = vi.fn();
    render(<DraftStatus state={{ kind: 'saved', at }} onRestart={onRestart} />);
    await userEvent.click(screen.getByRole('button', { name: 'Neu beginnen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, alles löschen' }));
    expect(onRestart).toHaveBeenCalledTimes(1);
    expect(confirm).not.toHaveBeenCalled();
    cleanup();
    render(<DraftStatus state={{ kind: 'cleared' }} onRestart={onRestart} />);
    expect(screen.getByRole('status')).toHaveTextContent('Entwurf gelöscht – Sie beginnen neu.');
  });
});

describe('the notes field', () => {
  function Notes({ spy }: { spy: (t: string) => void }) {
    const [value, setValue] = useState('');
    return (
      <NotesField
        label="Notizen zur Beratung"
        hint="Notizen stehen in der Datei und im Ausdruck, nicht im Link."
        value={value}
        onChange={(t) => {
          spy(t);
          setValue(t);
        }}
      />
    );
  }

  it('is a labelled, described text area that passes on every change and is limited to the format', async () => {
    const spy = vi.fn();
    render(<Notes spy={spy} />);
    const box = screen.getByRole('textbox', { name: 'Notizen zur Beratung' });
    expect(box).toHaveAccessibleDescription('Notizen stehen in der Datei und im Ausdruck, nicht im Link.');
    expect(box).toHaveAttribute('maxlength', '20000');
    await userEvent.type(box, 'Kämmerei fragen');
    expect(spy).toHaveBeenLastCalledWith('Kämmerei fragen');
    expect(box).toHaveValue('Kämmerei fragen');
  });
});
