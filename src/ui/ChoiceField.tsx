import { useFormContext } from 'react-hook-form';
import { describedBy, ErrorMessage, fieldIds, Hint } from './FieldParts';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface ChoiceFieldProps {
  readonly name: string;
  readonly kind: 'radio' | 'checkbox';
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string;
  readonly options: readonly ChoiceOption[];
}

/**
 * Radios or checkboxes in a fieldset whose legend is the question (GOV.UK). The hint and the error
 * describe the fieldset; the first input carries the question's id so the error summary can focus
 * it. Checkboxes of one name give react-hook-form an array of the checked values.
 */
export function ChoiceField({ name, kind, legend, hint, error, options }: ChoiceFieldProps) {
  const { register } = useFormContext();
  const ids = fieldIds(name);
  const classes = kind === 'radio' ? 'ui-radios' : 'ui-checkboxes';
  return (
    <div className={error ? 'ui-form-group ui-form-group--error' : 'ui-form-group'}>
      <fieldset className="ui-fieldset" aria-describedby={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}>
        <legend className="ui-fieldset__legend">{legend}</legend>
        {hint !== undefined ? <Hint id={ids.hint}>{hint}</Hint> : null}
        {error !== undefined ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
        <div className={classes}>
          {options.map((o, i) => {
            const id = i === 0 ? ids.control : `${ids.control}-${o.value}`;
            const itemHint = `${id}-item-hint`;
            return (
              <div className={`${classes}__item`} key={o.value}>
                <input
                  className={`${classes}__input`}
                  id={id}
                  type={kind}
                  value={o.value}
                  aria-describedby={o.hint !== undefined ? itemHint : undefined}
                  aria-invalid={error !== undefined ? true : undefined}
                  {...register(name)}
                />
                <label className={`${classes}__label`} htmlFor={id}>
                  {o.label}
                </label>
                {o.hint !== undefined ? (
                  <Hint id={itemHint} className={`${classes}__hint`}>
                    {o.hint}
                  </Hint>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
