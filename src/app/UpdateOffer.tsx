import { Suspense } from 'react';
import { useAppUpdateStore } from '../state/app-update-store';
import { lazyComponent } from '../components/lazy-component';

// The banner shows only while a new version waits: it loads then (from the service worker's cache), not
// in the first bundle every start pays for.
const UpdateBanner = lazyComponent(() => import('./UpdateBanner'), 'UpdateBanner');

/** The update banner, once a new version is offered and not put off with "Later". */
export function UpdateOffer() {
  const isOffered = useAppUpdateStore(
    (state) => state.isUpdateWaiting && !state.isDismissed && state.activateUpdate !== null,
  );
  if (!isOffered) return null;
  return (
    <Suspense fallback={null}>
      <UpdateBanner />
    </Suspense>
  );
}
