import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Opened } from '../app/startup';
import type { Consultation } from '../consultation/consultation';
import { fromFile, MAX_FILE_BYTES, toFile, type FileResult } from '../consultation/consultationFile';
import type { Catalogue } from '../engine';
import { downloadText } from '../plan/download';
import { useResultsT } from '../results/labels';
import { Button } from '../ui/Button';
import { fileErrorText, type FileError } from './fileErrors';

export interface FileControlsProps {
  readonly catalogue: Catalogue;
  readonly current: () => Consultation;
  readonly onOpen: (opened: Opened) => void;
}

/**
 * "Beratung als Datei speichern" (a JSON download with answers, cost items, pins, notes and the
 * snapshot) and "Beratung öffnen" (a file input). A file that cannot be opened gives an error
 * summary that takes focus; the consultation on screen stays as it was.
 */
export function FileControls({ catalogue, current, onOpen }: FileControlsProps) {
  const { t } = useResultsT();
  const id = useId();
  const [error, setError] = useState<{ name: string; error: FileError; detail?: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!error) return;
    // After the browser's file dialog has handed focus back to the file input.
    const timer = setTimeout(() => summary.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [error]);

  const save = () => {
    const file = toFile(current());
    downloadText(file.text, file.name, 'application/json;charset=utf-8');
  };
  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    // The same file can be chosen again after an error or a change.
    e.currentTarget.value = '';
    if (!file) return;
    let result: FileResult | { ok: false; error: 'unreadable'; detail?: string };
    if (file.size > MAX_FILE_BYTES) result = { ok: false, error: 'too_large' };
    else {
      try {
        result = fromFile(await file.text(), catalogue);
      } catch {
        result = { ok: false, error: 'unreadable' };
      }
    }
    if (!result.ok) {
      setError({ name: file.name, error: result.error, ...(result.detail ? { detail: result.detail } : {}) });
      return;
    }
    setError(undefined);
    onOpen({ source: 'file', consultation: result.consultation, dropped: result.dropped, name: file.name });
  };

  return (
    <div className="advisor-part">
      <p className="ui-hint">{t('advisor.file.hint')}</p>
      <Button variant="secondary" onClick={save}>
        {t('advisor.file.save')}
      </Button>
      {error ? (
        <div ref={summary} className="ui-error-summary advisor-error" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
          <h4 id={`${id}-title`} className="ui-error-summary__title">
            {t('advisor.file.errorTitle')}
          </h4>
          <ul className="ui-error-summary__list">
            <li>
              <a
                href={`#${id}-file`}
                onClick={(e) => {
                  e.preventDefault();
                  input.current?.focus();
                }}
              >
                {fileErrorText(error.error, error.name, t)}
              </a>
            </li>
          </ul>
          <p>{t('advisor.file.kept')}</p>
          {error.detail ? <p className="advisor-muted">{t('advisor.file.detail', { detail: error.detail })}</p> : null}
        </div>
      ) : null}
      <div className={error ? 'ui-form-group ui-form-group--error advisor-open' : 'ui-form-group advisor-open'}>
        <label className="advisor-field-label" htmlFor={`${id}-file`}>
          {t('advisor.file.open')}
        </label>
        <div id={`${id}-file-hint`} className="ui-hint">
          {t('advisor.file.openHint')}
        </div>
        {error ? (
          <p id={`${id}-file-error`} className="ui-error-message">
            {fileErrorText(error.error, error.name, t)}
          </p>
        ) : null}
        <input
          ref={input}
          id={`${id}-file`}
          className="advisor-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => void open(e)}
        />
      </div>
    </div>
  );
}
