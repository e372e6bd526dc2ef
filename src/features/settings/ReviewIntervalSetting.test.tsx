import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_INTERVAL_WEEKS, useMdoSettingsStore } from '../../state/mdo-settings-store';
import { renderApp } from '../../test/render';

beforeEach(() => {
  useMdoSettingsStore.setState({ reviewIntervalWeeks: DEFAULT_REVIEW_INTERVAL_WEEKS });
});

describe('the MDO review interval in Instellingen', () => {
  it('starts at 8 weeks, refuses what is not 1 to 52 weeks next to the field, and stores a valid interval', async () => {
    const { user } = await renderApp('/instellingen');
    const section = await screen.findByRole('region', { name: 'MDO' });
    const weeks = within(section).getByRole('spinbutton', { name: 'Herbespreking na (weken)' });
    expect(weeks).toHaveValue(8);
    expect(weeks).toHaveAccessibleDescription(/Deze instelling geldt alleen voor dit apparaat\./);

    await user.clear(weeks);
    await user.type(weeks, '53');
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(weeks).toHaveAccessibleDescription(/Vul een heel aantal weken in, van 1 tot 52\./);
    expect(useMdoSettingsStore.getState().reviewIntervalWeeks).toBe(8);

    await user.clear(weeks);
    await user.type(weeks, '6');
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    expect(within(section).getByRole('status')).toHaveTextContent('Opgeslagen: herbespreking na 6 weken.');
    expect(weeks).toHaveAttribute('aria-invalid', 'false');
    expect(useMdoSettingsStore.getState().reviewIntervalWeeks).toBe(6);
  });
});
