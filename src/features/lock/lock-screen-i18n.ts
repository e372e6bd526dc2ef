/**
 * The texts of the lock screen (key `lockScreen`), which is not in the first bundle: only a locked device
 * shows it, and it loads then (LockGate.tsx). The lock texts every start needs stay bundled under `lock`.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/lockScreen.nl.json';

/** Adds the texts under `lockScreen` once; the lock screen's module calls this when it loads. */
export function registerLockScreenTexts(): void {
  registerPageTexts('lockScreen', nl);
}
