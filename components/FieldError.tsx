/** Props for {@link FieldError}. */
export interface FieldErrorProps {
  /** The id the field points at with `aria-describedby`. */
  id: string;
  /** What is wrong, in plain words. Nothing is rendered when empty. */
  message?: string | null;
}

/**
 * The line under a field that says what is wrong with it. It is not a live region: the field
 * links to it by id (`aria-describedby`) and marks itself `aria-invalid`, so a screen reader
 * reads it when the field is reached, without interrupting.
 */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} class="qh-field-error">
      {message}
    </p>
  );
}
