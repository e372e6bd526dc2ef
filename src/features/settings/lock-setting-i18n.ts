/**
 * The texts of the idle-lock setting (key `lockSetting`): only Instellingen shows it, which loads on demand,
 * so they are not in the first bundle. The lock texts every start needs stay bundled under `lock`.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/lockSetting.nl.json';

/** Adds the texts under `lockSetting` once; every module using them calls this when it loads. */
export function registerLockSettingTexts(): void {
  registerPageTexts('lockSetting', nl);
}
