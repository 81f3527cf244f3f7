import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Fact } from '../engine';
import { ChoiceField, type ChoiceOption } from './ChoiceField';
import { describedBy, ErrorMessage, fieldIds, Hint } from './FieldParts';
import { GemeindeCombobox } from './GemeindeCombobox';
import { useGemeindenLoader } from './GemeindenContext';
import { localized } from './localized';
import { TextField } from './TextField';

/**
 * One question of the questionnaire, rendered with the input its fact asks for. The form value is
 * named after the fact: a string for radio, yes_no ('ja' | 'nein' | 'offen'), money, number, date
 * and gemeinde (the AGS), a string[] for checkboxes. `error` is the message to show, if any;
 * `groups` are the values of the fact the options are grouped by (`grouped_by`).
 */
export function QuestionField({ fact, error, groups }: { fact: Fact; error?: string | undefined; groups?: Fact['values'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const question = fact.question ? localized(fact.question, lang) : fact.id;
  const hint = fact.hint ? localized(fact.hint, lang) : undefined;
  const common = { name: fact.id, hint, error };
  switch (fact.input) {
    case 'radio':
    case 'checkboxes': {
      // A fact grouped by another (Maßnahmen by Handlungsfeld) shows each group under its label.
      const groupLabel = (id: string | undefined) => {
        const g = id === undefined ? undefined : groups?.find((x) => x.id === id);
        return g ? localized(g.label, lang) : undefined;
      };
      const options: ChoiceOption[] = (fact.values ?? []).map((v) => {
        const group = groupLabel(v.group);
        return { value: v.id, label: localized(v.label, lang), ...(v.hint ? { hint: localized(v.hint, lang) } : {}), ...(group ? { group } : {}) };
      });
      return <ChoiceField {...common} kind={fact.input === 'radio' ? 'radio' : 'checkbox'} legend={question} options={options} />;
    }
    case 'yes_no': {
      // "Weiß ich noch nicht" leaves the fact unanswered; the engine then reports what is missing.
      const options: ChoiceOption[] = [
        { value: 'ja', label: t('ui.yesNo.yes') },
        { value: 'nein', label: t('ui.yesNo.no') },
        { value: 'offen', label: t('ui.yesNo.unknown') },
      ];
      return <ChoiceField {...common} kind="radio" legend={question} options={options} />;
    }
    case 'money':
    case 'number':
    case 'date':
      return <TextField {...common} kind={fact.input} label={question} />;
    case 'gemeinde':
      return <GemeindeField {...common} label={question} />;
    case undefined:
      // Derived facts have no input; they are never asked.
      return null;
  }
}

function GemeindeField({ name, label, hint, error }: { name: string; label: string; hint: string | undefined; error: string | undefined }) {
  const { control } = useFormContext();
  const loadGemeinden = useGemeindenLoader();
  const ids = fieldIds(name);
  return (
    <div className={error ? 'ui-form-group ui-form-group--error' : 'ui-form-group'}>
      <label className="ui-label" htmlFor={ids.control}>
        {label}
      </label>
      {hint !== undefined ? <Hint id={ids.hint}>{hint}</Hint> : null}
      {error !== undefined ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <GemeindeCombobox
            id={ids.control}
            value={typeof field.value === 'string' ? field.value : ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            describedBy={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}
            invalid={error !== undefined}
            loadGemeinden={loadGemeinden}
          />
        )}
      />
    </div>
  );
}
