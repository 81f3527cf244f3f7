import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describedBy, ErrorMessage, fieldIds, Hint, VisuallyHidden } from './FieldParts';

export interface TextFieldProps {
  readonly name: string;
  readonly kind: 'money' | 'number' | 'date';
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
}

// GOV.UK: `type="text"` with an input mode, because `type="number"` rounds, scrolls and rejects "1.234".
const INPUT_PROPS = {
  money: { type: 'text', inputMode: 'decimal', className: 'ui-input ui-input--width-10' },
  number: { type: 'text', inputMode: 'numeric', className: 'ui-input ui-input--width-5' },
  date: { type: 'date', inputMode: undefined, className: 'ui-input ui-input--date' },
} as const;

/** A labelled single input for money, whole numbers or a date; the form value is the typed text. */
export function TextField({ name, kind, label, hint, error }: TextFieldProps) {
  const { register } = useFormContext();
  const { t } = useTranslation();
  const ids = fieldIds(name);
  const { type, inputMode, className } = INPUT_PROPS[kind];
  const input = (
    <input
      id={ids.control}
      className={error !== undefined ? `${className} ui-input--error` : className}
      type={type}
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={kind === 'date' ? undefined : false}
      aria-describedby={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}
      aria-invalid={error !== undefined ? true : undefined}
      {...register(name)}
    />
  );
  return (
    <div className={error ? 'ui-form-group ui-form-group--error' : 'ui-form-group'}>
      <label className="ui-label" htmlFor={ids.control}>
        {label}
        {/* The "€" suffix is decoration (hidden from screen readers, GOV.UK), so the label names the unit. */}
        {kind === 'money' ? (
          <>
            {' '}
            <VisuallyHidden>{t('ui.money.unit')}</VisuallyHidden>
          </>
        ) : null}
      </label>
      {hint !== undefined ? <Hint id={ids.hint}>{hint}</Hint> : null}
      {error !== undefined ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
      {kind === 'money' ? (
        <div className="ui-input-wrapper">
          {input}
          <span className="ui-input__suffix" aria-hidden="true">
            €
          </span>
        </div>
      ) : (
        input
      )}
    </div>
  );
}
