/**
 * Typed translation keys: the Dutch texts (the source language) are the type of every key `t` accepts, so a
 * mistyped or missing key fails `tsc`. The page texts in `lazy/` are part of the type although they load with
 * their pages; type-only imports add nothing to any bundle.
 */
import 'i18next';
import type { DutchTexts } from './texts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: DutchTexts };
    // A defaultValue does not excuse a key that does not exist.
    strictKeyChecks: true;
  }
}
