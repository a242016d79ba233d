import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A labelled input with the API's message for it beside it (aria-invalid + aria-describedby).
 * `children` replaces the <input> for selects and text areas; they get the same id.
 */
export function Field({
  id,
  label,
  error,
  value,
  onChange,
  inputProps,
  children,
  hint,
  className,
}: {
  id: string;
  label: string;
  error?: string;
  value?: string;
  onChange?: (value: string) => void;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  children?: ReactNode;
  hint?: string;
  /** Extra class for the wrapper (placing it in a grid). */
  className?: string;
}) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children ?? (
        <input
          id={id}
          value={value ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange?.(e.target.value)}
          {...inputProps}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
