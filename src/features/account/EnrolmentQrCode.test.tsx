/**
 * The QR code of a two-factor set-up when its library cannot be loaded (it is not in the service worker's
 * precache, vite.config.ts): the screen says so instead of waiting for ever, and the manual key (shown
 * beside it by TwoFactorEnrolment) is the way on. The code itself is drawn in e2e/two-factor.spec.ts.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EnrolmentQrCode } from './EnrolmentQrCode';

vi.mock('lean-qr', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('EnrolmentQrCode without its library', () => {
  it('says the QR code could not be loaded, and draws none', async () => {
    render(<EnrolmentQrCode uri="otpauth://totp/Tijdig:x?secret=JBSWY3DPEHPK3PXP" />);
    expect(await screen.findByText(/De QR-code kon niet worden geladen/)).toBeInTheDocument();
    expect(screen.queryByText('QR-code maken…')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
