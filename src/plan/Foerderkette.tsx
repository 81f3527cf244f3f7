import { useMemo } from 'react';
import type { Catalogue, Evaluation, Plan } from '../engine';
import { deadlineLabel, deadlineText } from '../results/deadlineText';
import { formatMoney } from '../results/format';
import { useResultsT, valueLabel } from '../results/labels';
import { downloadText } from './download';
import { foerderkette, type ChainEntry } from './foerderkette';
import { deadlineCalendar, deadlineEvents } from './icsEvents';

/** The steps as a picture for the eye: numbered circles along an arrow (the list says it all in words). */
function ChainPicture({ count }: { count: number }) {
  const at = (i: number) => `${((i + 0.5) / count) * 100}%`;
  return (
    <svg className="plan-chain-picture" width="100%" height="48" aria-hidden="true" focusable="false">
      {count > 1 ? <line x1={at(0)} y1="24" x2={at(count - 1)} y2="24" stroke="#0b5394" strokeWidth="4" /> : null}
      {Array.from({ length: count }, (_, i) => (
        <g key={i}>
          <circle cx={at(i)} cy="24" r="18" fill="#0b5394" stroke="#ffffff" strokeWidth="3" />
          <text x={at(i)} y="24" dy="0.35em" textAnchor="middle" fill="#ffffff" fontWeight="700" fontSize="16">
            {i + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The Förderkette: the programs ordered along the project's phases with their deadlines (a
 * numbered list for everyone, a picture for the eye), and the deadlines as an .ics download.
 */
export function Foerderkette({ catalogue, evaluation, plan, asOf }: { catalogue: Catalogue; evaluation: Evaluation; plan: Plan; asOf: string }) {
  const { t, lang } = useResultsT();
  const steps = useMemo(() => foerderkette(catalogue, evaluation, plan, asOf), [catalogue, evaluation, plan, asOf]);
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  const programs = steps.flatMap((s) => s.entries.map((e) => byId.get(e.programId)!));
  const events = deadlineEvents(programs, asOf, lang, t);
  const role = (e: ChainEntry) => {
    if (e.role === 'planned') return t('plan.chain.planned', { amount: formatMoney(plan.planned.find((p) => p.id === e.programId)?.amount ?? 0, lang) });
    if (e.role === 'open') return t('plan.chain.open');
    return t('plan.chain.firstStep');
  };
  const download = () => {
    downloadText(deadlineCalendar(events, t, new Date()), t('plan.ics.fileName'), 'text/calendar;charset=utf-8');
  };
  return (
    <section className="plan-section" aria-labelledby="plan-chain">
      <h2 id="plan-chain">{t('plan.chain.title')}</h2>
      <p>{t('plan.chain.intro')}</p>
      {steps.length === 0 ? (
        <p>{t('plan.chain.none')}</p>
      ) : (
        <>
          <ChainPicture count={steps.length} />
          <ol className="plan-chain">
            {steps.map((s) => (
              <li key={s.phase}>
                <h3>{valueLabel(catalogue, 'phasen', s.phase, lang)}</h3>
                <ul>
                  {s.entries.map((e) => {
                    const label = deadlineLabel(e.deadline, lang);
                    return (
                      <li key={e.programId}>
                        <strong>{byId.get(e.programId)!.name[lang]}</strong> – {role(e)}.{' '}
                        {t('plan.programs.deadline')} {deadlineText(e.deadline, lang, t)}
                        {label ? ` (${label})` : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t('plan.ics.title')}</h3>
      {events.length ? (
        <>
          <p>{t('plan.ics.hint', { count: events.length })}</p>
          <button type="button" className="ui-button ui-button--secondary" onClick={download}>
            {t('plan.ics.button')}
          </button>
        </>
      ) : (
        <p>{t('plan.ics.none')}</p>
      )}
    </section>
  );
}
