import { useId, useLayoutEffect, useRef, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './form-field';

const MAX_DIGITS = 15; // below Number.MAX_SAFE_INTEGER; far above any UMKM amount

/** "1250000" -> "1.250.000" (Indonesian grouping, whatever the UI language, like formatRupiah). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Keeps the digits of what was typed or pasted, without leading zeros ("Rp 1.250.000" -> "1250000"). */
export function rupiahDigits(text: string): string {
  return text.replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, MAX_DIGITS);
}

type RupiahFieldProps = {
  label: string;
  error?: string;
  hint?: string;
  /** Whole rupiah as a digit string ('' when empty). */
  value: string;
  onValueChange: (digits: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

/**
 * Whole rupiah: shows thousands separators while the user types and keeps the caret after the
 * same digit; the value handed back is digits only (sent to the API as an integer).
 */
export function RupiahField({ label, error, hint, id, value, onValueChange, ...input }: RupiahFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const ref = useRef<HTMLInputElement>(null);
  const caretDigits = useRef<number | null>(null);
  const shown = groupDigits(value);

  useLayoutEffect(() => {
    const element = ref.current;
    const wanted = caretDigits.current;
    if (!element || wanted === null || document.activeElement !== element) return;
    caretDigits.current = null;
    let position = 0;
    let seen = 0;
    while (position < shown.length && seen < wanted) {
      if (/\d/.test(shown[position]!)) seen += 1;
      position += 1;
    }
    element.setSelectionRange(position, position);
  }, [shown]);

  function change(event: ChangeEvent<HTMLInputElement>) {
    const typed = event.target.value;
    const caret = event.target.selectionStart ?? typed.length;
    const before = rupiahDigits(typed.slice(0, caret));
    const next = rupiahDigits(typed);
    caretDigits.current = Math.min(next.length, before.length); // digits left of the caret
    onValueChange(next);
  }

  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <div className="input-affix">
        <span className="input-prefix" aria-hidden="true">
          Rp
        </span>
        <input
          ref={ref}
          id={fieldId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${fieldId}-error`, `${fieldId}-hint`, error, hint)}
          value={shown}
          onChange={change}
          {...input}
        />
      </div>
    </FieldShell>
  );
}
