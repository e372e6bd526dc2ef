/**
 * Registers the service worker (workbox-window through vite-plugin-pwa) and looks for a new version on
 * start, every hour and whenever the app becomes visible again. A waiting version is only offered; the
 * user activates it from the update banner.
 */
import { registerSW } from 'virtual:pwa-register';
import { useAppUpdateStore } from '../state/app-update-store';

const HOUR_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
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
