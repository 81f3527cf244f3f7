import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../advisor/saveState';
import type { Catalogue } from '../engine';
import { BLANK, startFrom, type Start } from './startup';
import { Wizard } from './Wizard';

export interface SessionProps {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  /** After "Neu beginnen": no draft, no link, no answers from the address. */
  readonly fresh: boolean;
  readonly onSaved: (state: SaveState) => void;
}

/**
 * One consultation from its start: where it begins (share link, draft, address) is read once,
 * with the notices about what could not be read, and the wizard runs from there.
 */
export function Session({ catalogue, asOf, fresh, onSaved }: SessionProps) {
  const { t } = useTranslation();
  const [start] = useState<Start>(() => (fresh ? { initial: BLANK, place: { step: 'start' }, ignored: [], corruptDraft: false } : startFrom(catalogue)));
  return (
    <>
      {start.linkError ? (
        <p className="notice" role="alert">
          {start.linkError === 'unsupported_version' ? t('app.linkNewer') : t('app.linkBroken')}
        </p>
      ) : null}
      {start.ignored.length ? (
        <p className="notice" role="status">
          {t('app.prefillIgnored', { names: start.ignored.join(', ') })}
        </p>
      ) : null}
      {start.corruptDraft ? (
        <p className="notice" role="status">
          {t('app.draftCorrupt')}
        </p>
      ) : null}
      <Wizard catalogue={catalogue} asOf={asOf} start={start} onSaved={onSaved} />
    </>
  );
}
