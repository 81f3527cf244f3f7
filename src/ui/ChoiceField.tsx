import { useFormContext } from 'react-hook-form';
import { describedBy, ErrorMessage, fieldIds, Hint } from './FieldParts';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** Options of one group sit in a fieldset of their own, with this legend (a Maßnahme's Handlungsfeld). */
  readonly group?: string;
}

/** Consecutive options of the same group, in order. */
function grouped(options: readonly ChoiceOption[]): { group: string | undefined; items: { o: ChoiceOption; i: number }[] }[] {
  const out: { group: string | undefined; items: { o: ChoiceOption; i: number }[] }[] = [];
  options.forEach((o, i) => {
    const last = out.at(-1);
    if (last && last.group === o.group) last.items.push({ o, i });
    else out.push({ group: o.group, items: [{ o, i }] });
  });
  return out;
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
        {grouped(options).map(({ group, items }) => {
          const list = (
            <div className={classes} key={group ?? 'all'}>
              {items.map(({ o, i }) => option(o, i))}
            </div>
          );
          return group === undefined ? (
            list
          ) : (
            <fieldset className="ui-fieldset ui-fieldset--group" key={group}>
              <legend className="ui-fieldset__legend ui-fieldset__legend--group">{group}</legend>
              {list}
            </fieldset>
          );
        })}
      </fieldset>
    </div>
  );

  function option(o: ChoiceOption, i: number) {
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
  }
}
