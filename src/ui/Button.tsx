import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  /** primary: the one main action of a page ("Weiter"); secondary: other actions; warning: destructive ones. */
  readonly variant?: 'primary' | 'secondary' | 'warning';
};

/** A real button (`type="button"` unless told otherwise, so it never submits by accident). */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  const classes = `ui-button ui-button--${variant}${className ? ` ${className}` : ''}`;
  return <button type={type} className={classes} {...rest} />;
}

/** GOV.UK's back link, as a button: it goes back a step in the wizard, not in the browser history. */
export function BackLink({ onClick, children }: { onClick: () => void; children?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="ui-back-link" onClick={onClick}>
      {children ?? t('ui.back')}
    </button>
  );
}
