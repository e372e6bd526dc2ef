import { classNames } from '../lib/class-names';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/** Class names for buttons and for links that look like buttons, so both share one look. */
export function buttonClass(variant: ButtonVariant = 'primary'): string {
  return classNames(styles.button, variant !== 'primary' && styles[variant]);
}
