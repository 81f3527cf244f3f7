import { useId, useState } from 'react';
import { LIMITS } from '../consultation/consultation';
import { useResultsT } from '../results/labels';
import { Button } from '../ui/Button';
import type { Variant } from '../wizard/wizard.machine';

export interface VariantControlsProps {
  readonly variant: Variant | undefined;
  readonly onSave: (label: string) => void;
  readonly onCompare: () => void;
}

/**
 * "Variante merken": keeps the answers and plan as they are now under a name; after changing
 * answers (a Verein as partner, other costs) "Varianten vergleichen" shows both side by side.
 */
export function VariantControls({ variant, onSave, onCompare }: VariantControlsProps) {
  const { t } = useResultsT();
  const id = useId();
  const [label, setLabel] = useState('');
  const [saved, setSaved] = useState<string>();
  const save = () => {
    const name = label.trim() || t('advisor.variant.defaultLabel');
    onSave(name);
    setSaved(name);
  };
  return (
    <div className="advisor-part">
      <p className="ui-hint">{t('advisor.variant.hint')}</p>
      <form
        className="advisor-variant-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="advisor-variant-field">
          <label className="advisor-field-label" htmlFor={`${id}-label`}>
            {t('advisor.variant.label')}
          </label>
          <input
            id={`${id}-label`}
            className="ui-input"
            type="text"
            maxLength={LIMITS.title}
            placeholder={t('advisor.variant.defaultLabel')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <Button variant="secondary" type="submit">
          {t('advisor.variant.save')}
        </Button>
      </form>
      <p role="status" className="advisor-status">
        {saved ? t('advisor.variant.saved', { label: saved }) : ''}
      </p>
      {variant ? (
        <p>
          {t('advisor.variant.kept', { label: variant.label })}{' '}
          <Button variant="primary" onClick={onCompare}>
            {t('advisor.variant.compare')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
