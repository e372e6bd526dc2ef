import { useId, useState, type ReactNode, type RefCallback } from 'react';
import { buttonClass } from './button-class';
import styles from './InlineConfirm.module.css';

export interface InlineConfirmTrigger {
  /** Shows the question in place of the trigger. */
  ask: () => void;
  /** Goes on the button that asks, so a cancel returns the focus to it. */
  triggerRef: RefCallback<HTMLButtonElement>;
}

export interface InlineConfirmProps {
  /** The question, naming what will happen, e.g. "De uitnodiging van … intrekken?". */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Runs the action; call `close` when the question should go (a refused action keeps it open). */
  onConfirm: (close: () => void) => void;
  /** What shows while nothing is asked: the button that calls `ask`, usually beside other actions. */
  children: (trigger: InlineConfirmTrigger) => ReactNode;
  /** 'block': a panel with the question above its buttons; 'inline': in the row where the trigger was. */
  layout?: 'block' | 'inline';
}

/**
 * "Weet u het zeker? Ja / Nee" in place, for an action that cannot be undone. Asking moves the focus to the
 * safe answer (Nee); Nee or Escape puts the trigger back and focuses it again.
 */
export function InlineConfirm({
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  children,
  layout = 'block',
}: InlineConfirmProps) {
  const questionId = useId();
  const [isAsking, setIsAsking] = useState(false);
  // Where the focus goes once that button is in the page: the safe answer on asking, the trigger on cancelling.
  const [pendingFocus, setPendingFocus] = useState<'cancel' | 'trigger' | null>(null);
  const focusWhenMounted =
    (target: 'cancel' | 'trigger'): RefCallback<HTMLButtonElement> =>
    (button) => {
      if (button === null || pendingFocus !== target) return;
      button.focus();
      setPendingFocus(null);
    };

  if (!isAsking) {
    return children({
      ask: () => {
        setPendingFocus('cancel');
        setIsAsking(true);
      },
      triggerRef: focusWhenMounted('trigger'),
    });
  }

  const cancel = () => {
    setPendingFocus('trigger');
    setIsAsking(false);
  };
  const Question = layout === 'block' ? 'p' : 'span';
  const Actions = layout === 'block' ? 'div' : 'span';
  const Group = layout === 'block' ? 'div' : 'span';
  return (
    <Group
      role="group"
      aria-labelledby={questionId}
      className={styles[layout]}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Only the question closes, not a dialog around it.
        event.preventDefault();
        cancel();
      }}
    >
      <Question id={questionId}>{question}</Question>
      <Actions className={styles.actions}>
        <button
          type="button"
          className={buttonClass('danger')}
          onClick={() => {
            onConfirm(() => {
              setIsAsking(false);
            });
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={focusWhenMounted('cancel')}
          type="button"
          className={buttonClass('secondary')}
          onClick={cancel}
        >
          {cancelLabel}
        </button>
      </Actions>
    </Group>
  );
}
