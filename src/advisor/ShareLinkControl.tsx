import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../ui/Button';
import { useResultsT } from '../results/labels';

type State = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'fallback'; readonly url: string };

/**
 * "Link kopieren": the share link goes to the clipboard; where the browser does not allow that
 * (no clipboard, permission refused, an embedding frame), the link appears in a read-only field,
 * selected, with "mit Strg+C kopieren".
 */
export function ShareLinkControl({ link }: { link: () => string }) {
  const { t } = useResultsT();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind !== 'fallback') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  const copy = async () => {
    const url = link();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'fallback', url });
    }
  };
  return (
    <div className="advisor-part">
      <p className="ui-hint">{t('advisor.link.hint')}</p>
      <Button variant="secondary" onClick={() => void copy()}>
        {t('advisor.link.copy')}
      </Button>
      {state.kind === 'fallback' ? (
        <div className="advisor-link-field">
          <label className="advisor-field-label" htmlFor={`${id}-link`}>
            {t('advisor.link.field')}
          </label>
          <input
            ref={field}
            id={`${id}-link`}
            className="ui-input"
            type="text"
            readOnly
            value={state.url}
            aria-describedby={`${id}-status`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      <p id={`${id}-status`} role="status" className="advisor-status">
        {state.kind === 'copied' ? t('advisor.link.copied') : state.kind === 'fallback' ? t('advisor.link.selected') : ''}
      </p>
    </div>
  );
}
