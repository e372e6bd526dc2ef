import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe';
import { InlineConfirm, type InlineConfirmProps } from './InlineConfirm';

function setup(props: Partial<InlineConfirmProps> = {}) {
  const onConfirm = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <InlineConfirm
      question="Dr. Smit verwijderen?"
      confirmLabel="Ja, verwijderen"
      cancelLabel="Nee"
      onConfirm={onConfirm}
      {...props}
    >
      {({ ask, triggerRef }) => (
        <button ref={triggerRef} type="button" onClick={ask}>
          Verwijderen
        </button>
      )}
    </InlineConfirm>,
  );
  return { user, onConfirm, ...view };
}

describe('InlineConfirm', () => {
  it('asks in place and moves the focus to the safe answer', async () => {
    const { user, onConfirm } = setup();
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(screen.getByRole('group', { name: 'Dr. Smit verwijderen?' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Verwijderen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nee' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('runs the action on Ja and keeps asking until the caller closes it', async () => {
    const { user, onConfirm } = setup();
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    // A refused action leaves the question (and the caller's message) in view.
    expect(screen.getByRole('group', { name: 'Dr. Smit verwijderen?' })).toBeVisible();
    const close = onConfirm.mock.calls[0]?.[0] as () => void;
    act(close);
    expect(await screen.findByRole('button', { name: 'Verwijderen' })).toBeVisible();
  });

  it.each([
    [
      'Nee',
      (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Nee' })),
    ],
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
  ])('cancels on %s, returning the focus to the trigger', async (_, cancel) => {
    const { user, onConfirm } = setup();
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await cancel(user);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Verwijderen' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('passes axe while asking, in either layout', async () => {
    for (const layout of ['block', 'inline'] as const) {
      const { user, container, unmount } = setup({ layout });
      await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
      expect(await axeViolations(container)).toEqual([]);
      unmount();
    }
  });
});
