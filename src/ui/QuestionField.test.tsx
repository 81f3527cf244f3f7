// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FieldValues } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import type { Fact } from '../engine';
import { QuestionField } from './QuestionField';
import { renderWithForm } from './testing/renderWithForm';

const q = (de: string, en = de) => ({ de, en });

const antragsteller: Fact = {
  id: 'antragsteller',
  type: 'enum',
  input: 'radio',
  question: q('Wer stellt den Antrag?', 'Who submits the application?'),
  hint: q('Wählen Sie die Stelle, die den Förderantrag unterschreibt.'),
  values: [
    { id: 'gemeinde', label: q('Stadt oder Gemeinde') },
    { id: 'verein', label: q('Eingetragener Verein'), hint: q('Mit Eintrag im Vereinsregister.') },
    { id: 'stiftung', label: q('Stiftung') },
  ],
};
const gemeinnuetzig: Fact = { id: 'gemeinnuetzig', type: 'boolean', input: 'yes_no', question: q('Ist Ihre Organisation gemeinnützig?', 'Is your organisation non-profit?') };
const phasen: Fact = {
  id: 'phasen',
  type: 'set',
  input: 'checkboxes',
  question: q('Für welche Phasen suchen Sie Förderung?'),
  values: [
    { id: 'konzept_analyse', label: q('Konzept und Analyse') },
    { id: 'beteiligung', label: q('Beteiligung') },
    { id: 'investition', label: q('Investition') },
  ],
};
const kostenSach: Fact = { id: 'kosten_sach', type: 'money', input: 'money', min: 0, question: q('Sachkosten'), hint: q('In Euro, zum Beispiel Flyer, Miete, Catering.') };
const laufzeit: Fact = { id: 'laufzeit_monate', type: 'integer', input: 'number', question: q('Geplante Laufzeit in Monaten') };
const beginn: Fact = { id: 'projektbeginn', type: 'date', input: 'date', question: q('Geplanter Projektbeginn') };
const ags: Fact = { id: 'ags', type: 'ags', input: 'gemeinde', question: q('In welcher Gemeinde findet das Vorhaben statt?'), hint: q('Tippen Sie die ersten Buchstaben des Namens.') };

beforeEach(() => {
  initI18n('de');
});
afterEach(cleanup);

async function submit() {
  await userEvent.click(screen.getByRole('button', { name: 'Absenden' }));
}

describe('QuestionField: radios', () => {
  it('is a fieldset with the question as legend, the hint as description and one radio per value', () => {
    renderWithForm(<QuestionField fact={antragsteller} />);
    const group = screen.getByRole('group', { name: 'Wer stellt den Antrag?' });
    expect(group).toHaveAccessibleDescription('Wählen Sie die Stelle, die den Förderantrag unterschreibt.');
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(radios[0]).toHaveAttribute('id', 'q-antragsteller');
    expect(within(group).getByRole('radio', { name: 'Eingetragener Verein' })).toHaveAccessibleDescription('Mit Eintrag im Vereinsregister.');
    for (const r of radios) expect(r).not.toHaveAttribute('aria-invalid');
  });

  it('wires the error into the description with a "Fehler:" prefix and marks the radios invalid', () => {
    renderWithForm(<QuestionField fact={antragsteller} error="Wählen Sie aus, wer den Antrag stellt" />);
    const group = screen.getByRole('group', { name: 'Wer stellt den Antrag?' });
    expect(group).toHaveAttribute('aria-describedby', 'q-antragsteller-hint q-antragsteller-error');
    expect(group).toHaveAccessibleDescription(
      'Wählen Sie die Stelle, die den Förderantrag unterschreibt. Fehler: Wählen Sie aus, wer den Antrag stellt',
    );
    for (const r of within(group).getAllByRole('radio')) expect(r).toHaveAttribute('aria-invalid', 'true');
  });

  it('submits the chosen value as a string, and "" when none is chosen', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={antragsteller} />, { defaultValues: { antragsteller: '' }, onSubmit });
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ antragsteller: '' });
    await userEvent.click(screen.getByRole('radio', { name: 'Stiftung' }));
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ antragsteller: 'stiftung' });
  });
});

describe('QuestionField: yes_no', () => {
  it('offers Ja, Nein and Weiß ich noch nicht and submits the choice', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={gemeinnuetzig} />, { defaultValues: { gemeinnuetzig: '' }, onSubmit });
    const group = screen.getByRole('group', { name: 'Ist Ihre Organisation gemeinnützig?' });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['ja', 'nein', 'offen']);
    expect(within(group).getByRole('radio', { name: 'Ja' })).toHaveAttribute('id', 'q-gemeinnuetzig');
    await userEvent.click(within(group).getByRole('radio', { name: 'Weiß ich noch nicht' }));
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ gemeinnuetzig: 'offen' });
  });

  it('has no description when there is neither hint nor error', () => {
    renderWithForm(<QuestionField fact={gemeinnuetzig} />);
    expect(screen.getByRole('group')).not.toHaveAttribute('aria-describedby');
  });

  it('speaks English when the language is English', async () => {
    await act(async () => {
      await initI18n('en').changeLanguage('en');
    });
    renderWithForm(<QuestionField fact={gemeinnuetzig} error="Answer this question" />);
    const group = screen.getByRole('group', { name: 'Is your organisation non-profit?' });
    for (const name of ['Yes', 'No', "I don't know yet"]) expect(within(group).getByRole('radio', { name })).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription('Error: Answer this question');
  });
});

describe('QuestionField: checkboxes', () => {
  it('is a fieldset of checkboxes that submits the checked values as an array', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={phasen} />, { defaultValues: { phasen: [] }, onSubmit });
    const group = screen.getByRole('group', { name: 'Für welche Phasen suchen Sie Förderung?' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    expect(boxes[0]).toHaveAttribute('id', 'q-phasen');
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ phasen: [] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Konzept und Analyse' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Investition' }));
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ phasen: ['konzept_analyse', 'investition'] });
  });

  it('shows the checked values it is given', () => {
    renderWithForm(<QuestionField fact={phasen} />, { defaultValues: { phasen: ['beteiligung'] } });
    expect(screen.getByRole('checkbox', { name: 'Beteiligung' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Investition' })).not.toBeChecked();
  });
});

describe('QuestionField: text inputs', () => {
  it('asks for money in a labelled text input with decimal keyboard and a € suffix', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={kostenSach} error="Geben Sie einen Betrag in Euro ein" />, { defaultValues: { kosten_sach: '' }, onSubmit });
    const input = screen.getByRole('textbox', { name: 'Sachkosten (in Euro)' });
    expect(input).toHaveAttribute('id', 'q-kosten_sach');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'q-kosten_sach-hint q-kosten_sach-error');
    expect(input).toHaveAccessibleDescription('In Euro, zum Beispiel Flyer, Miete, Catering. Fehler: Geben Sie einen Betrag in Euro ein');
    expect(screen.getByText('€')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.type(input, '1.234,50 €');
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ kosten_sach: '1.234,50 €' });
  });

  it('asks for a whole number in a text input with numeric keyboard', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={laufzeit} />, { defaultValues: { laufzeit_monate: '' }, onSubmit });
    const input = screen.getByRole('textbox', { name: 'Geplante Laufzeit in Monaten' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
    await userEvent.type(input, '24');
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ laufzeit_monate: '24' });
  });

  it('asks for a date with a date input giving YYYY-MM-DD', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={beginn} error="Geben Sie ein gültiges Datum ein" />, { defaultValues: { projektbeginn: '' }, onSubmit });
    const input = screen.getByLabelText('Geplanter Projektbeginn');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveAttribute('id', 'q-projektbeginn');
    expect(input).toHaveAccessibleDescription('Fehler: Geben Sie ein gültiges Datum ein');
    await userEvent.type(input, '2026-03-01');
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ projektbeginn: '2026-03-01' });
  });
});

describe('QuestionField: gemeinde', () => {
  it('is a labelled combobox whose value is the AGS', async () => {
    const onSubmit = vi.fn<(v: FieldValues) => void>();
    renderWithForm(<QuestionField fact={ags} error="Wählen Sie eine Gemeinde aus der Liste" />, { defaultValues: { ags: '' }, onSubmit });
    const input = screen.getByRole('combobox', { name: 'In welcher Gemeinde findet das Vorhaben statt?' });
    expect(input).toHaveAttribute('id', 'q-ags');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toMatch(/^q-ags-hint q-ags-error /);
    await userEvent.type(input, 'Kohl');
    await userEvent.click(await screen.findByRole('option', { name: /Kohlberg/ }));
    expect(input).toHaveValue('Kohlberg');
    await submit();
    expect(onSubmit).toHaveBeenLastCalledWith({ ags: '08116036' });
  });
});

it('renders nothing for a derived fact, which is never asked', () => {
  const { container } = renderWithForm(<QuestionField fact={{ id: 'einwohner', type: 'integer', derived_from: ['ags'] }} />);
  expect(container.querySelector('input:not([type="submit"])')).toBeNull();
});
