// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { BackLink, Button } from './Button';

beforeEach(() => {
  initI18n('de');
});
afterEach(cleanup);

describe('Button', () => {
  it('is a real button that does not submit unless told to', async () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button variant="secondary">Drucken</Button>
        <Button type="submit">Weiter</Button>
      </form>,
    );
    const print = screen.getByRole('button', { name: 'Drucken' });
    expect(print).toHaveAttribute('type', 'button');
    expect(print).toHaveClass('ui-button', 'ui-button--secondary');
    await userEvent.click(print);
    expect(onSubmit).not.toHaveBeenCalled();
    const next = screen.getByRole('button', { name: 'Weiter' });
    expect(next).toHaveClass('ui-button--primary');
    await userEvent.click(next);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('BackLink', () => {
  it('is a button "Zurück" that calls onClick, also from the keyboard', async () => {
    const onClick = vi.fn();
    const user = userEvent.setup();
    render(<BackLink onClick={onClick} />);
    const back = screen.getByRole('button', { name: 'Zurück' });
    expect(back).toHaveAttribute('type', 'button');
    await user.click(back);
    expect(back).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(2);
  });
});
