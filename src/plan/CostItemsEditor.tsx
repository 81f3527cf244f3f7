import { useEffect, useRef, useState, type FormEvent } from 'react';
import { COST_TYPES, type Catalogue, type CostItem, type CostType } from '../engine';
import type { Translate } from '../results/format';
import { useResultsT, valuesOf } from '../results/labels';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describedBy, ErrorMessage, fieldIds, VisuallyHidden } from '../ui/FieldParts';
import { addItem, MAX_LABEL, removeItem, splitItem, toDraft, updateItem, validateDraft, type DraftError, type DraftItem } from './costItems';

/** The name of a cost type ("Personalkosten"). */
export function costTypeName(type: CostType, t: Translate): string {
  const names: Record<CostType, string> = {
    personal: t('plan.costType.personal'),
    sach: t('plan.costType.sach'),
    beratung: t('plan.costType.beratung'),
    investition: t('plan.costType.investition'),
  };
  return names[type];
}

function errorText(e: DraftError, position: number, t: Translate): string {
  switch (e.code) {
    case 'amountMissing':
      return t('plan.items.error.amountMissing', { n: position });
    case 'amountInvalid':
      return t('plan.items.error.amountInvalid', { n: position });
    case 'amountZero':
      return t('plan.items.error.amountZero', { n: position });
    case 'labelTooLong':
      return t('plan.items.error.labelTooLong', { n: position, max: MAX_LABEL });
  }
}

const fieldId = (key: string, field: string) => `plan-${key}-${field}`;

/**
 * The cost items as a form: label, cost type, amount (German notation) and phase per item; add,
 * split and remove items. Changes apply on "Plan neu berechnen", after validation with an error
 * summary (GOV.UK), as on the question pages.
 */
export function CostItemsEditor({ catalogue, items, onApply }: { catalogue: Catalogue; items: readonly CostItem[]; onApply: (items: CostItem[]) => void }) {
  const { t, lang } = useResultsT();
  const [draft, setDraft] = useState<DraftItem[]>(() => toDraft(items));
  const [errors, setErrors] = useState<DraftError[]>([]);
  // Where focus goes after the list changed: the new item's field, or "add" after a removal.
  const pendingFocus = useRef<string | undefined>(undefined);
  const addRef = useRef<HTMLButtonElement>(null);
  const phases = valuesOf(catalogue, 'phasen', lang);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = undefined;
    if (target === 'add') addRef.current?.focus();
    else if (target) document.getElementById(fieldIds(target).control)?.focus();
  });

  const position = (key: string) => draft.findIndex((d) => d.key === key) + 1;
  const summary = errors.map((e) => ({ factId: fieldId(e.key, e.field), message: errorText(e, position(e.key), t) }));
  const errorOf = (key: string, field: DraftError['field']) => {
    const e = errors.find((x) => x.key === key && x.field === field);
    return e ? errorText(e, position(key), t) : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateDraft(draft);
    setErrors(result.errors);
    if (result.items) onApply(result.items);
  };
  const change = (key: string, patch: Partial<Omit<DraftItem, 'key' | 'id'>>) => setDraft((d) => updateItem(d, key, patch));

  return (
    <form className="plan-items" noValidate onSubmit={submit} aria-labelledby="plan-items-title">
      <h2 id="plan-items-title">{t('plan.items.title')}</h2>
      {summary.length ? <ErrorSummary errors={summary} /> : null}
      <p>{t('plan.items.intro')}</p>
      {draft.length === 0 ? <p>{t('plan.items.none')}</p> : null}
      {draft.map((d, index) => {
        const n = index + 1;
        const ids = {
          label: fieldIds(fieldId(d.key, 'label')),
          type: fieldIds(fieldId(d.key, 'type')),
          amount: fieldIds(fieldId(d.key, 'amount')),
          phase: fieldIds(fieldId(d.key, 'phase')),
        };
        const labelError = errorOf(d.key, 'label');
        const amountError = errorOf(d.key, 'amount');
        return (
          <fieldset key={d.key} className="plan-item">
            <legend className="plan-item__legend">{t('plan.items.legend', { n })}</legend>
            <div className="plan-item__fields">
              <div className={labelError ? 'plan-field ui-form-group--error' : 'plan-field'}>
                <label className="plan-field__label" htmlFor={ids.label.control}>
                  {t('plan.items.label')}
                </label>
                {labelError ? <ErrorMessage id={ids.label.error}>{labelError}</ErrorMessage> : null}
                <input
                  id={ids.label.control}
                  className={labelError ? 'ui-input ui-input--error' : 'ui-input'}
                  type="text"
                  autoComplete="off"
                  value={d.label}
                  aria-describedby={describedBy(labelError !== undefined && ids.label.error)}
                  aria-invalid={labelError ? true : undefined}
                  onChange={(e) => change(d.key, { label: e.target.value })}
                />
              </div>
              <div className="plan-field">
                <label className="plan-field__label" htmlFor={ids.type.control}>
                  {t('plan.items.type')}
                </label>
                <select id={ids.type.control} className="plan-select" value={d.type} onChange={(e) => change(d.key, { type: e.target.value as CostType })}>
                  {COST_TYPES.map((c) => (
                    <option key={c} value={c}>
                      {costTypeName(c, t)}
                    </option>
                  ))}
                </select>
              </div>
              <div className={amountError ? 'plan-field ui-form-group--error' : 'plan-field'}>
                <label className="plan-field__label" htmlFor={ids.amount.control}>
                  {t('plan.items.amount')} <VisuallyHidden>{t('ui.money.unit')}</VisuallyHidden>
                </label>
                {amountError ? <ErrorMessage id={ids.amount.error}>{amountError}</ErrorMessage> : null}
                <div className="ui-input-wrapper">
                  <input
                    id={ids.amount.control}
                    className={amountError ? 'ui-input ui-input--width-10 ui-input--error' : 'ui-input ui-input--width-10'}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    spellCheck={false}
                    value={d.amount}
                    aria-describedby={describedBy(amountError !== undefined && ids.amount.error)}
                    aria-invalid={amountError ? true : undefined}
                    onChange={(e) => change(d.key, { amount: e.target.value })}
                  />
                  <span className="ui-input__suffix" aria-hidden="true">
                    €
                  </span>
                </div>
              </div>
              <div className="plan-field">
                <label className="plan-field__label" htmlFor={ids.phase.control}>
                  {t('plan.items.phase')}
                </label>
                <select id={ids.phase.control} className="plan-select" value={d.phase} onChange={(e) => change(d.key, { phase: e.target.value })}>
                  <option value="">{t('plan.items.anyPhase')}</option>
                  {phases.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="plan-item__actions">
              <button
                type="button"
                onClick={() => {
                  const next = splitItem(draft, d.key);
                  setDraft(next);
                  pendingFocus.current = fieldId(next[index + 1]!.key, 'amount');
                }}
              >
                {t('plan.items.split')}
                {' '}
                <VisuallyHidden>{t('plan.items.legend', { n })}</VisuallyHidden>
              </button>
              {draft.length > 1 ? (
                <button
                  type="button"
                  onClick={() => {
                    setDraft(removeItem(draft, d.key));
                    setErrors((es) => es.filter((x) => x.key !== d.key));
                    pendingFocus.current = 'add';
                  }}
                >
                  {t('plan.items.remove')}
                  {' '}
                <VisuallyHidden>{t('plan.items.legend', { n })}</VisuallyHidden>
                </button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <div className="plan-form-actions">
        <button
          ref={addRef}
          type="button"
          onClick={() => {
            const next = addItem(draft);
            setDraft(next);
            pendingFocus.current = fieldId(next.at(-1)!.key, 'label');
          }}
        >
          {t('plan.items.add')}
        </button>
        <button type="submit" className="ui-button ui-button--primary">
          {t('plan.items.apply')}
        </button>
      </div>
    </form>
  );
}
