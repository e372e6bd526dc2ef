import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Account.module.css';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** The QR code's dark modules as one SVG path, one unit square per module. */
function pathOf(bitmap: { size: number; get: (x: number, y: number) => boolean }): string {
  const parts: string[] = [];
  for (let y = 0; y < bitmap.size; y += 1)
    for (let x = 0; x < bitmap.size; x += 1) if (bitmap.get(x, y)) parts.push(`M${x} ${y}h1v1h-1z`);
  return parts.join('');
}

/**
 * The otpauth:// URI as a QR code for the authenticator app. lean-qr is loaded only here, when someone
 * sets up two-factor sign-in, so the app's first download does not carry it, nor the service worker's
 * precache (vite.config.ts): setting it up needs the server, so the code is fetched online. Should it not
 * load, the screen says so and the key for manual entry below it still works.
 */
export function EnrolmentQrCode({ uri }: { uri: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<{ size: number; path: string } | 'unavailable' | null>(null);
  useEffect(() => {
    let isCurrent = true;
    import('lean-qr').then(
      ({ generate, correction }) => {
        const bitmap = generate(uri, { minCorrectionLevel: correction.M });
        if (isCurrent) setQr({ size: bitmap.size, path: pathOf(bitmap) });
      },
      () => {
        if (isCurrent) setQr('unavailable');
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [uri]);
  if (!qr) return <p role="status">{t('account.twoFactor.enrol.qrLoading')}</p>;
  if (qr === 'unavailable') return <p role="status">{t('account.twoFactor.enrol.qrUnavailable')}</p>;
  // Four modules of quiet zone around the code, as scanners expect.
  return (
    <svg
      role="img"
      aria-label={t('account.twoFactor.enrol.qrLabel')}
      className={styles.qrCode}
      viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={qr.size + 8} height={qr.size + 8} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
