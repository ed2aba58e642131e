import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  /** Each error's message and the id of the field it belongs to. */
  errors: readonly { message: string; fieldId: string }[];
}

/**
 * GOV.UK's error summary: at the top of the page, it takes focus when it appears so that a screen
 * reader hears it at once, and each message links to its field.
 */
export function ErrorSummary({ title, errors }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), [errors]);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summary}>
      <h2 id="error-summary-title" class="error-summary__title">
        {title}
      </h2>
      <ul class="error-summary__list">
        {errors.map(({ message, fieldId }) => (
          <li key={fieldId}>
            <a
              href={`#${fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
