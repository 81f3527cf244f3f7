import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The ids of a question's parts. `control` is the first focusable control: the error summary
 * links to it, so every input type must put it on its first input.
 */
export function fieldIds(factId: string) {
  const control = `q-${factId}`;
  return { control, hint: `${control}-hint`, error: `${control}-error` };
}

/** Joins the ids for `aria-describedby`; undefined when there are none, so no empty attribute. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** Text for screen readers only (not `display: none`, which would hide it from them too). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="ui-visually-hidden">{children}</span>;
}

/** Hint text under a label or legend, referenced by `aria-describedby`. */
export function Hint({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={className ? `ui-hint ${className}` : 'ui-hint'}>
      {children}
    </div>
  );
}

/** A field's error, prefixed "Fehler:" for screen readers so it is not told by colour alone (GOV.UK). */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="ui-error-message">
      <VisuallyHidden>{t('ui.errorPrefix')}</VisuallyHidden> {children}
    </p>
  );
}
