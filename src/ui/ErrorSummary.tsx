import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIds } from './FieldParts';

export interface FieldError {
  readonly factId: string;
  readonly message: string;
}

/** Focuses a question's first control and scrolls its legend or label into view, so the question is visible too. */
function focusQuestion(e: MouseEvent<HTMLAnchorElement>, factId: string) {
  const control = document.getElementById(fieldIds(factId).control);
  if (!control) return;
  // No hash change: the app's address (and an embedding page) stays as it is.
  e.preventDefault();
  const legend = control.closest('fieldset')?.querySelector('legend') ?? (control instanceof HTMLInputElement ? control.labels?.[0] : undefined);
  legend?.scrollIntoView?.();
  control.focus({ preventScroll: legend != null });
}

/**
 * The GOV.UK error summary above the form: it takes focus when it appears or its errors change, so
 * screen-reader and keyboard users learn at once what to fix; each link moves focus to its field.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.factId}:${e.message}`).join('\n');
  useEffect(() => {
    if (signature !== '') ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="ui-error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="ui-error-summary__title">
        {t('ui.errorSummary.title')}
      </h2>
      <ul className="ui-error-summary__list">
        {errors.map((e) => (
          <li key={e.factId}>
            <a href={`#${fieldIds(e.factId).control}`} onClick={(ev) => focusQuestion(ev, e.factId)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
