// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../app/i18n';
import type { Fact } from '../engine';
import { ErrorSummary } from './ErrorSummary';
import { QuestionField } from './QuestionField';
import { renderWithForm } from './testing/renderWithForm';

const facts: Fact[] = [
  {
    id: 'antragsteller',
    type: 'enum',
    input: 'radio',
    question: { de: 'Wer stellt den Antrag?', en: 'Who applies?' },
    values: [
      { id: 'gemeinde', label: { de: 'Gemeinde', en: 'Municipality' } },
      { id: 'verein', label: { de: 'Verein', en: 'Association' } },
    ],
  },
  { id: 'kosten_sach', type: 'money', input: 'money', question: { de: 'Sachkosten', en: 'Material costs' } },
];

const errors = [
  { factId: 'antragsteller', message: 'Wählen Sie aus, wer den Antrag stellt' },
  { factId: 'kosten_sach', message: 'Geben Sie einen Betrag in Euro ein' },
];

function Page({ shown }: { shown: { factId: string; message: string }[] }) {
  return (
    <>
      <ErrorSummary errors={shown} />
      {facts.map((f) => (
        <QuestionField key={f.id} fact={f} error={shown.find((e) => e.factId === f.id)?.message} />
      ))}
    </>
  );
}

beforeEach(() => {
  initI18n('de');
});
afterEach(cleanup);

describe('ErrorSummary', () => {
  it('renders nothing when there are no errors', () => {
    renderWithForm(<Page shown={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is an alert with the heading "Es gibt ein Problem" and one link per error, and takes focus', () => {
    renderWithForm(<Page shown={errors} />);
    const summary = screen.getByRole('alert', { name: 'Es gibt ein Problem' });
    expect(within(summary).getByRole('heading', { level: 2, name: 'Es gibt ein Problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Wählen Sie aus, wer den Antrag stellt', '#q-antragsteller'],
      ['Geben Sie einen Betrag in Euro ein', '#q-kosten_sach'],
    ]);
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('tabindex', '-1');
  });

  it('moves focus to the field when a link is followed', async () => {
    const user = userEvent.setup();
    renderWithForm(<Page shown={errors} />);
    await user.click(screen.getByRole('link', { name: 'Geben Sie einen Betrag in Euro ein' }));
    expect(screen.getByRole('textbox', { name: /Sachkosten/ })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Wählen Sie aus, wer den Antrag stellt' }));
    expect(screen.getByRole('radio', { name: 'Gemeinde' })).toHaveFocus();
  });

  it('takes focus again when the errors change, but not on a mere re-render', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithForm(<Page shown={errors} />);
    await user.click(screen.getByRole('link', { name: 'Geben Sie einen Betrag in Euro ein' }));
    rerender(<Page shown={[...errors]} />);
    expect(screen.getByRole('alert')).not.toHaveFocus();
    rerender(<Page shown={errors.slice(1)} />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
