// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import type { Gemeinde } from '../engine';
import { GemeindeCombobox } from './GemeindeCombobox';
import { GEMEINDEN } from './testing/renderWithForm';

type Load = () => Promise<readonly Gemeinde[]>;

function Harness({ load, initial = '', onChange }: { load: Load; initial?: string; onChange?: (ags: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="q-ags">Gemeinde</label>
      <GemeindeCombobox
        id="q-ags"
        value={value}
        onChange={(ags) => {
          setValue(ags);
          onChange?.(ags);
        }}
        loadGemeinden={load}
      />
      <button type="button">Weiter</button>
    </>
  );
}

function setup(props: { initial?: string; load?: Load } = {}) {
  const load = vi.fn<Load>(props.load ?? (() => Promise.resolve(GEMEINDEN)));
  const onChange = vi.fn<(ags: string) => void>();
  const user = userEvent.setup();
  render(<Harness load={load} initial={props.initial} onChange={onChange} />);
  return { load, onChange, user, input: screen.getByRole('combobox', { name: 'Gemeinde' }) };
}

beforeEach(() => {
  initI18n('de');
});
afterEach(cleanup);

describe('GemeindeCombobox', () => {
  it('follows the ARIA 1.2 combobox pattern', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-controls', 'q-ags-listbox');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(input).toHaveAttribute('autocomplete', 'off');
  });

  it('loads the Gemeinden only on first focus, and only once', async () => {
    const { load, user, input } = setup();
    expect(load).not.toHaveBeenCalled();
    await user.click(input);
    expect(load).toHaveBeenCalledTimes(1);
    await user.type(input, 'Kohl');
    await user.tab();
    await user.click(input);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the Gemeinden are loading while they load', async () => {
    let resolve: (list: readonly Gemeinde[]) => void = () => {};
    const { user, input } = setup({ load: () => new Promise((r) => (resolve = r)) });
    await user.type(input, 'Kohl');
    expect(screen.getByText('Gemeinden werden geladen …')).toBeInTheDocument();
    resolve(GEMEINDEN);
    expect(await screen.findByRole('option', { name: /Kohlberg/ })).toBeInTheDocument();
    expect(screen.queryByText('Gemeinden werden geladen …')).not.toBeInTheDocument();
  });

  it('lists Kohlberg with Kreis and population when "Kohl" is typed', async () => {
    const { user, input } = setup();
    await user.type(input, 'Kohl');
    const listbox = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Kohlberg');
    expect(options[0]).toHaveTextContent('Esslingen · 2.344 Einwohner');
    expect(listbox).toHaveAttribute('id', 'q-ags-listbox');
  });

  it('is tolerant of umlauts and case', async () => {
    const { user, input } = setup();
    await user.type(input, 'tueb');
    expect(await screen.findByRole('option', { name: /Tübingen, Universitätsstadt/ })).toBeInTheDocument();
  });

  it('selects with ArrowDown and Enter and reports the AGS', async () => {
    const { user, input, onChange } = setup();
    await user.type(input, 'Altd');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    const [first, second] = screen.getAllByRole('option');
    expect(input).toHaveAttribute('aria-activedescendant', first!.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', second!.id);
    expect(first).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('08116005');
    expect(input).toHaveValue('Altdorf');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('wraps around with the arrow keys', async () => {
    const { user, input, onChange } = setup();
    await user.type(input, 'Altd');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('08116005');
    await user.clear(input);
    await user.type(input, 'Altd');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('08115002');
  });

  it('selects an option on click', async () => {
    const { user, input, onChange } = setup();
    await user.type(input, 'Aal');
    await user.click(await screen.findByRole('option', { name: /Aalen, Stadt/ }));
    expect(onChange).toHaveBeenLastCalledWith('08136088');
    expect(input).toHaveValue('Aalen, Stadt');
    expect(input).toHaveFocus();
  });

  it('shows the chosen Gemeinde with Kreis, population and reference date, and describes the input with it', async () => {
    const { user, input } = setup();
    await user.type(input, 'Kohl');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Gemeinde', 'Kreis', 'Einwohner']);
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual(['Kohlberg', 'Esslingen', '2.344 (Zensus 2022, Stichtag 15.05.2022)']);
    expect(input).toHaveAccessibleDescription(/Gemeinde Kohlberg Kreis Esslingen Einwohner 2\.344 \(Zensus 2022, Stichtag 15\.05\.2022\)/);
  });

  it('closes with Escape and clears with a second Escape', async () => {
    const { user, input, onChange } = setup({ initial: '08116036' });
    await waitFor(() => expect(input).toHaveValue('Kohlberg'));
    await user.clear(input);
    expect(onChange).toHaveBeenLastCalledWith('');
    await user.type(input, 'Alt');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('Alt');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('clears a selected Gemeinde with Escape', async () => {
    const { user, input, onChange } = setup({ initial: '08116036' });
    await waitFor(() => expect(input).toHaveValue('Kohlberg'));
    await user.click(input);
    await user.keyboard('{Escape}');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(input).toHaveValue('');
  });

  it('closes the list on Tab without choosing and moves on', async () => {
    const { user, input, onChange } = setup();
    await user.type(input, 'Altd');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes an exactly typed, unambiguous name when leaving the field', async () => {
    const { user, input, onChange } = setup();
    await user.type(input, 'aalen');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith('08136088');
    expect(input).toHaveValue('Aalen, Stadt');
  });

  it('announces the number of results politely', async () => {
    const { user, input } = setup();
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await user.type(input, 'Kohl');
    await waitFor(() => expect(status).toHaveTextContent('1 Gemeinde gefunden'));
    await user.clear(input);
    await user.type(input, 'Altd');
    await waitFor(() => expect(status).toHaveTextContent('2 Gemeinden gefunden'));
    await user.type(input, 'x');
    await waitFor(() => expect(status).toHaveTextContent('Keine Gemeinde gefunden'));
    expect(screen.getAllByText('Keine Gemeinde gefunden').length).toBeGreaterThan(0);
  });

  it('shows at most 12 options and says how many there are', async () => {
    const { user, input } = setup();
    await user.type(input, 'Bergd');
    await screen.findByRole('listbox');
    expect(screen.getAllByRole('option')).toHaveLength(12);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('14 Gemeinden gefunden, die ersten 12 werden angezeigt.'));
  });

  it('shows the name of a preset AGS, loading the list for it', async () => {
    const { load, input } = setup({ initial: '08111000' });
    await waitFor(() => expect(input).toHaveValue('Stuttgart, Landeshauptstadt'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Stuttgart, Stadtkreis')).toBeInTheDocument();
  });

  it('says when the list could not be loaded and tries again on the next input', async () => {
    let fail = true;
    const { load, user, input } = setup({ load: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(GEMEINDEN)) });
    await user.click(input);
    expect(await screen.findByText(/konnten nicht geladen werden/)).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    fail = false;
    await user.type(input, 'Kohl');
    expect(await screen.findByRole('option', { name: /Kohlberg/ })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
