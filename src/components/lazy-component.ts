import { lazy, type ComponentType } from 'react';

/**
 * A component that loads on demand: `load` imports its module, `name` is the component's export there. One
 * helper for every route page and every screen kept out of the first bundle, instead of the same wrapper at
 * each of them.
 */
export function lazyComponent<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
