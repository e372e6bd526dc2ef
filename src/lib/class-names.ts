/** Joins the class names that apply, skipping absent ones (CSS-module lookups may be undefined). */
export function classNames(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
