import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe';
import { Combobox } from './Combobox';

const NAMES = ['Bakker, Els', 'Bakker, Jan', 'Bakker, Piet', 'Visser, Anna'];

function Harness({
  onChoose = vi.fn(),
  errorMessage,
}: {
  onChoose?: (name: string) => void;
  errorMessage?: string;
}) {
  const [text, setText] = useState('');
  const matches = NAMES.filter((name) => name.toLowerCase().includes(text.trim().toLowerCase()));
  return (
    <Combobox
      label="Zoek patiënt"
      hint="Typ twee letters"
      text={text}
      onTextChange={setText}
      options={matches}
      keyOf={(name) => name}
      labelOf={(name) => name}
      onChoose={onChoose}
      emptyText="Geen patiënten gevonden"
      errorMessage={errorMessage}
    />
  );
}

function setup(props: Parameters<typeof Harness>[0] = {}) {
  const user = userEvent.setup();
  const view = render(<Harness {...props} />);
  const input = screen.getByRole('combobox', { name: 'Zoek patiënt' });
  const activeName = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id === null ? null : document.getElementById(id)?.textContent;
  };
  return { user, input, activeName, ...view };
}

describe('Combobox', () => {
  it('is labelled, described by its hint, and opens its list from two typed letters', async () => {
    const { user, input } = setup();
    expect(input).toHaveAccessibleDescription('Typ twee letters');
    await user.type(input, 'b');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.type(input, 'a');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Zoek patiënt' })).toBeVisible();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(NAMES.slice(0, 3));
  });

  it('moves the active option with the arrows, Home and End, within the list', async () => {
    const { user, input, activeName } = setup();
    await user.type(input, 'bakker');
    expect(activeName()).toBe('Bakker, Els');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeName()).toBe('Bakker, Piet');
    expect(screen.getByRole('option', { name: 'Bakker, Piet' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(activeName()).toBe('Bakker, Els');
    await user.keyboard('{ArrowUp}');
    expect(activeName()).toBe('Bakker, Els');
    await user.keyboard('{End}');
    expect(activeName()).toBe('Bakker, Piet');
    expect(input).toHaveFocus();
  });

  it('chooses the active option with Enter, without submitting the form around it', async () => {
    const onChoose = vi.fn();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => {
      event.preventDefault();
    });
    const user = userEvent.setup();
    render(
      <form onSubmit={onSubmit}>
        <Harness onChoose={onChoose} />
      </form>,
    );
    await user.type(screen.getByRole('combobox'), 'bakker');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('Bakker, Jan');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('chooses an option by click', async () => {
    const onChoose = vi.fn();
    const { user, input } = setup({ onChoose });
    await user.type(input, 'visser');
    await user.click(screen.getByRole('option', { name: 'Visser, Anna' }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('Visser, Anna');
  });

  it('closes the list with Escape, keeping that Escape from the dialog around it; typing opens it again', async () => {
    const { user, input } = setup();
    // A modal dialog closes on an Escape whose default is not prevented, after React's handlers have run.
    const escapes: boolean[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') escapes.push(event.defaultPrevented);
    };
    document.addEventListener('keydown', onKey);
    await user.type(input, 'bakker');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(input).toHaveValue('bakker');
    await user.keyboard('{Escape}');
    expect(escapes).toEqual([true, false]);
    document.removeEventListener('keydown', onKey);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    await user.type(input, ',');
    expect(input).toHaveAttribute('aria-expanded', 'true');
  });

  it('says so when nothing matches, and Enter then chooses nothing', async () => {
    const onChoose = vi.fn();
    const { user, input } = setup({ onChoose });
    await user.type(input, 'zz');
    expect(screen.getByText('Geen patiënten gevonden')).toBeVisible();
    expect(input).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('ties a refusal to the field', () => {
    setup({ errorMessage: 'Staat al op de agenda' });
    const input = screen.getByRole('combobox');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Staat al op de agenda Typ twee letters');
  });

  it('passes axe, closed, open and with a refusal', async () => {
    const { user, input, container } = setup();
    expect(await axeViolations(container)).toEqual([]);
    await user.type(input, 'bakker');
    await user.keyboard('{ArrowDown}');
    expect(await axeViolations(container)).toEqual([]);
    const refused = render(<Harness errorMessage="Staat al op de agenda" />);
    expect(await axeViolations(refused.container)).toEqual([]);
  });
});
