/**
 * Registers the service worker (workbox-window through vite-plugin-pwa) and looks for a new version on
 * start, every hour and whenever the app becomes visible again. A waiting version is only offered; the
 * user activates it from the update banner.
 *
 * The registration code loads on demand, with workbox-window, instead of in the first bundle: nothing of
 * the first screen waits for it, and the service worker is registered at the same moment it was before
 * (workbox-window was a lazy chunk already).
 */
import { useAppUpdateStore } from '../state/app-update-store';

const HOUR_MS = 60 * 60 * 1000;

export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      useAppUpdateStore.getState().offerUpdate(() => updateServiceWorker(true));
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const checkForUpdate = () => {
        // Offline, the check would only fail; the next trigger tries again.
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      checkForUpdate();
      setInterval(checkForUpdate, HOUR_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') checkForUpdate();
      });
    },
  });
}
