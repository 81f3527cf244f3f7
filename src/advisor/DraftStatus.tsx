import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savedTime, type SaveState } from './saveState';
import './draft.css';

/**
 * In the page frame: whether the draft is saved in this browser ("Entwurf gespeichert, 10:15"),
 * announced politely, and "Neu beginnen" with an inline confirmation (no browser dialog) that
 * clears the draft and starts afresh.
 */
export function DraftStatus({ state, onRestart }: { state: SaveState; onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language?.startsWith('en') ? 'en' : 'de';
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const restart = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = useId();
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnFocus.current) restart.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const text =
    state.kind === 'saved'
      ? t('advisor.draft.saved', { time: savedTime(state.at, lang) })
      : state.kind === 'failed'
        ? t('advisor.draft.failed')
        : state.kind === 'cleared'
          ? t('advisor.draft.cleared')
          : '';
  return (
    <div className="advisor-draft">
      <p className="advisor-draft-status" role="status">
        {text}
      </p>
      {state.kind === 'saved' && !confirming ? (
        <button ref={restart} type="button" className="advisor-draft-restart" onClick={() => setConfirming(true)}>
          {t('advisor.draft.restart')}
        </button>
      ) : null}
      {confirming ? (
        <div className="advisor-draft-confirm" role="group" aria-labelledby={id}>
          <p id={id} ref={question} tabIndex={-1}>
            {t('advisor.draft.confirm')}
          </p>
          <button
            type="button"
            className="ui-button ui-button--warning"
            onClick={() => {
              setConfirming(false);
              onRestart();
            }}
          >
            {t('advisor.draft.confirmYes')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => {
              returnFocus.current = true;
              setConfirming(false);
            }}
          >
            {t('advisor.draft.confirmNo')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
