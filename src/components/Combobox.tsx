import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import styles from './Combobox.module.css';

export interface ComboboxProps<T> {
  label: string;
  hint?: string;
  /** The typed text; the caller owns it because it searches with it. */
  text: string;
  onTextChange: (text: string) => void;
  /** What the typed text found, in the order shown. */
  options: readonly T[];
  keyOf: (option: T) => string;
  /** The option's accessible name and visible text. */
  labelOf: (option: T) => string;
  onChoose: (option: T) => void;
  /** Shown in the open list when nothing matches. */
  emptyText: string;
  /** The list opens from this many typed characters on (spaces at either end not counted). */
  minLength?: number;
  /** A refusal tied to the field, shown under it and announced with it. */
  errorMessage?: string | null;
  className?: string;
}

/**
 * An editable combobox with a list popup, after the WAI-ARIA APG combobox pattern: focus stays in the input
 * and the active option is announced through aria-activedescendant. Arrow keys move, Home/End jump to the
 * first/last option, Enter chooses, Escape closes the list (a second Escape reaches the dialog around it).
 * A click is the pointer equivalent of Enter.
 */
export function Combobox<T>({
  label,
  hint,
  text,
  onTextChange,
  options,
  keyOf,
  labelOf,
  onChoose,
  emptyText,
  minLength = 2,
  errorMessage,
  className,
}: ComboboxProps<T>) {
  const id = useId();
  const [active, setActive] = useState(0);
  const [isDismissed, setIsDismissed] = useState(false);
  const listboxRef = useRef<HTMLDivElement>(null);
  const isOpen = !isDismissed && text.trim().length >= minLength;
  const optionId = (index: number) => `${id}-option-${String(index)}`;
  const activeIndex = Math.min(active, options.length - 1);
  const hasError = Boolean(errorMessage);

  const activeId = isOpen && activeIndex >= 0 ? optionId(activeIndex) : undefined;

  // A long list scrolls so the option the keyboard reached stays visible (only when that option changes,
  // so a list that updates while the page is scrolled does not pull the page back).
  useEffect(() => {
    if (activeId === undefined) return;
    const option = listboxRef.current?.querySelector(`[id="${activeId}"]`);
    // jsdom has no layout, so no scrollIntoView; browsers all have it.
    if (option && 'scrollIntoView' in option) option.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (index: number) => {
    const option = options[index];
    if (option !== undefined) onChoose(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown') {
      if (!isOpen) setIsDismissed(false);
      else setActive(Math.min(activeIndex + 1, last));
    } else if (event.key === 'ArrowUp') setActive(Math.max(activeIndex - 1, 0));
    else if (event.key === 'Home' && isOpen && last >= 0) setActive(0);
    else if (event.key === 'End' && isOpen && last >= 0) setActive(last);
    // Enter never submits a form around the field: it chooses, or does nothing without a choice.
    else if (event.key === 'Enter') {
      if (isOpen) choose(activeIndex);
    } else if (event.key === 'Escape' && isOpen) {
      // Only the list closes: the prevented default keeps a modal dialog around the field open.
      setIsDismissed(true);
    } else return;
    event.preventDefault();
  };

  return (
    <div className={[styles.combobox, className].filter(Boolean).join(' ')}>
      <label htmlFor={`${id}-input`}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-invalid={hasError}
        aria-describedby={
          [hasError ? `${id}-error` : '', hint ? `${id}-hint` : ''].join(' ').trim() || undefined
        }
        aria-activedescendant={activeId}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setActive(0);
          setIsDismissed(false);
        }}
        onKeyDown={onKeyDown}
      />
      {hasError && (
        <span id={`${id}-error`} className={styles.error}>
          {errorMessage}
        </span>
      )}
      <div
        ref={listboxRef}
        id={`${id}-listbox`}
        role="listbox"
        aria-label={label}
        className={styles.listbox}
        hidden={!isOpen}
      >
        {options.map((option, index) => (
          // Keyboard choice happens on the input (aria-activedescendant), as the APG combobox pattern
          // prescribes; a click is the pointer equivalent.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={keyOf(option)}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className={styles.option}
            onClick={() => {
              choose(index);
            }}
          >
            {labelOf(option)}
          </div>
        ))}
        {options.length === 0 && <p className={styles.empty}>{emptyText}</p>}
      </div>
    </div>
  );
}
