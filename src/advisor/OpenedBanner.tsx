import { useEffect, useMemo, useRef } from 'react';
import type { Opened } from '../app/startup';
import { whatChanged, type ProgramChange } from '../consultation/changes';
import type { Catalogue, Evaluation } from '../engine';
import { useResultsT } from '../results/labels';
import { formatDate, type Lang, type Translate } from '../results/format';
import { deadlineKeyText, rangeText, statusText } from './changeText';

export interface OpenedBannerProps {
  readonly opened: Opened;
  readonly catalogue: Catalogue;
  readonly evaluation: Evaluation;
  /** False while the evaluation still waits for data (the Gemeinden): no changes are told yet. */
  readonly settled: boolean;
  readonly onDismiss: () => void;
}

function changeLines(c: ProgramChange, lang: Lang, t: Translate): string[] {
  if (c.kind === 'new') return [t('advisor.changes.new', { status: statusText(c.now.status, t) })];
  if (c.kind === 'gone') return [t('advisor.changes.gone')];
  const lines: string[] = [];
  if (c.status) lines.push(t('advisor.changes.status', { before: statusText(c.status[0], t), now: statusText(c.status[1], t) }));
  if (c.amount) lines.push(t('advisor.changes.amount', { before: rangeText(c.amount[0], lang, t), now: rangeText(c.amount[1], lang, t) }));
  if (c.deadline) lines.push(t('advisor.changes.deadline', { before: deadlineKeyText(c.deadline[0], lang, t), now: deadlineKeyText(c.deadline[1], lang, t) }));
  return lines;
}

/**
 * A consultation was opened (a file, a link, or the draft from an earlier visit): what was left
 * out, whether the program data is newer than the consultation, and which of its programs changed
 * since it was saved (status, amount, deadline). Takes focus when the user opened a file.
 */
export function OpenedBanner({ opened, catalogue, evaluation, settled, onDismiss }: OpenedBannerProps) {
  const { t, lang } = useResultsT();
  const ref = useRef<HTMLDivElement>(null);
  const { consultation, source, dropped } = opened;
  const changes = useMemo(() => (settled ? whatChanged(consultation, evaluation, catalogue) : []), [settled, consultation, evaluation, catalogue]);
  const saved = consultation.catalogue;
  const newer = saved.version !== '' && saved.version !== catalogue.version;
  useEffect(() => {
    if (source === 'file') ref.current?.focus();
  }, [opened, source]);
  // A draft from an earlier visit is worth a word only when something changed.
  if (source === 'draft' && (!settled || (changes.length === 0 && !newer))) return null;
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  const title = source === 'file' ? t('advisor.opened.file', { name: opened.name ?? '' }) : source === 'link' ? t('advisor.opened.link') : t('advisor.opened.draft');
  const savedAt = new Date(consultation.savedAt);
  return (
    <div ref={ref} className="advisor-opened" role="region" aria-labelledby="advisor-opened-title" tabIndex={-1}>
      <h2 id="advisor-opened-title">{title}</h2>
      {source !== 'link' && !Number.isNaN(savedAt.getTime()) ? (
        <p>{t('advisor.opened.savedAt', { date: savedAt.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB') })}</p>
      ) : null}
      {source === 'link' ? <p>{t('advisor.opened.linkIntro')}</p> : null}
      {dropped.length ? <p>{t('advisor.opened.dropped', { names: dropped.join(', ') })}</p> : null}
      {newer ? <p>{t('advisor.opened.newer', { before: saved.version, now: catalogue.version, stand: formatDate(catalogue.stand, lang) })}</p> : null}
      {consultation.snapshot && settled ? (
        changes.length === 0 ? (
          <p>{t('advisor.changes.none')}</p>
        ) : (
          <>
            <h3>{t('advisor.changes.title')}</h3>
            <ul className="advisor-changes">
              {changes.map((c) => (
                <li key={c.programId}>
                  <strong>{byId.get(c.programId)?.name[lang] ?? c.programId}</strong>
                  <ul>
                    {changeLines(c, lang, t).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      <button
        type="button"
        onClick={() => {
          onDismiss();
          document.querySelector<HTMLElement>('h1')?.focus();
        }}
      >
        {t('advisor.opened.dismiss')}
      </button>
    </div>
  );
}
