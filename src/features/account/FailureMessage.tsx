import type { ReactNode } from 'react';
import styles from './Account.module.css';

/** A failure next to a form, announced as soon as it appears; `children` offer the way on. */
export function FailureMessage({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div role="alert" className={styles.failure}>
      <p>{message}</p>
      {children}
    </div>
  );
}
