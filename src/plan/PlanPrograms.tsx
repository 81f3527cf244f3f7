import { isOpenAmount } from '../engine';
import type { ReactNode } from 'react';
import { deadlineAt, type Catalogue, type Evaluation, type LeftOut, type Plan, type Program, type Relation } from '../engine';
import { selects } from '../engine/plan/relations';
import { amountNoteText, amountRange } from '../results/amountText';
import { deadlineText } from '../results/deadlineText';
import { formatMoney, type Lang, type Translate } from '../results/format';
import { useResultsT } from '../results/labels';
import { RelationText } from './RelationText';

/** The two toggles of a program: take it out of the plan, or fix it in the plan (aria-pressed); the name says which program. */
export interface Toggles {
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
  readonly onPin: (id: string, pinned: boolean) => void;
  readonly onExclude: (id: string, excluded: boolean) => void;
}

export function ToggleButtons({ id, name, toggles, pin = true, exclude = true }: { id: string; name: string; toggles: Toggles; pin?: boolean; exclude?: boolean }) {
  const { t } = useResultsT();
  const pinned = toggles.pinned.includes(id);
  const excluded = toggles.excluded.includes(id);
  return (
    <div className="plan-toggles">
      {exclude ? (
        <button type="button" aria-pressed={excluded} aria-label={`${t('plan.toggle.exclude')}: ${name}`} data-toggle={`exclude:${id}`} onClick={() => toggles.onExclude(id, !excluded)}>
          {t('plan.toggle.exclude')}
        </button>
      ) : null}
      {pin ? (
        <button type="button" aria-pressed={pinned} aria-label={`${t('plan.toggle.pin')}: ${name}`} data-toggle={`pin:${id}`} onClick={() => toggles.onPin(id, !pinned)}>
          {t('plan.toggle.pin')}
        </button>
      ) : null}
    </div>
  );
}

/** Relations that cap what a planned program may pay: subsidiarity, matching, combined caps. */
export function limitsOf(catalogue: Catalogue, program: Program): Relation[] {
  return catalogue.relations.filter(
    (r) =>
      (r.type === 'subsidiarity' && r.program === program.id) ||
      (r.type === 'requires_cofinancing' && r.program === program.id && r.ratio !== undefined) ||
      (r.type === 'combined_cap' && selects(r.programs, program)),
  );
}

/** Why a program is not in the plan, in words (the relation, if any, follows with its source). */
export function leftOutText(l: LeftOut, name: (id: string) => string, t: Translate, lang: Lang): string {
  const program = name(l.programId);
  const other = l.otherProgramId ? name(l.otherProgramId) : '';
  switch (l.reason) {
    case 'user_excluded':
      return t('plan.leftOut.userExcluded');
    case 'needs_municipal_grant':
      return t('plan.leftOut.needsMunicipalGrant');
    case 'below_minimum':
      return t('plan.leftOut.belowMinimum');
    case 'excluded_with':
      return t('plan.leftOut.excludedWith', { program, other });
    case 'items_taken':
      return l.relation ? t('plan.leftOut.sameItem', { program, other }) : t('plan.leftOut.itemsTaken', { program, other });
    case 'no_fitting_item':
      return t('plan.leftOut.noFittingItem');
    case 'not_needed':
      return t('plan.leftOut.notNeeded');
    case 'pinned_impossible':
      return t('plan.leftOut.pinnedImpossible');
    case 'amount_unknown':
    case 'quota_unknown':
      return t('plan.open.text');
    case 'loan':
      return t('plan.loans.text');
    case 'items_do_not_fit':
      return t('plan.leftOut.itemsDoNotFit', { reasons: (l.failed ?? []).map((c) => c.text[lang]).join(' ') });
  }
}

interface Props {
  readonly catalogue: Catalogue;
  readonly evaluation: Evaluation;
  readonly plan: Plan;
  readonly asOf: string;
  readonly toggles: Toggles;
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="plan-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}

/** The planned programs: amount, limits, deadline and the two toggles each. */
export function PlannedPrograms({ catalogue, plan, asOf, toggles }: Props) {
  const { t, lang } = useResultsT();
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  return (
    <Section id="plan-programs" title={t('plan.programs.title')} intro={t('plan.programs.intro')}>
      {plan.planned.length === 0 ? <p>{t('plan.programs.none')}</p> : null}
      <ul className="plan-cards">
        {[...plan.planned]
          .sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id))
          .map((p) => {
            const program = byId.get(p.id)!;
            const limits = limitsOf(catalogue, program);
            return (
              <li key={p.id} className="plan-card">
                <h3>{program.name[lang]}</h3>
                <p>
                  <strong>{formatMoney(p.amount, lang)}</strong>
                  {p.capped ? ` – ${t('plan.programs.capped')}` : null}
                </p>
                {p.status === 'unknown' ? (
                  <>
                    <p className="plan-flag">{t('plan.programs.maybe')}</p>
                    {p.open.length ? (
                      <>
                        <p className="plan-card__sub">{t('plan.programs.toClear')}</p>
                        <ul>
                          {p.open.map((c) => (
                            <li key={c.id}>{c.text[lang]}</li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </>
                ) : null}
                <p>
                  {t('plan.programs.deadline')} {deadlineText(deadlineAt(program, asOf), lang, t)}
                </p>
                {limits.length ? (
                  <>
                    <p className="plan-card__sub">{t('plan.programs.limits')}</p>
                    <ul>
                      {limits.map((r) => (
                        <li key={r.id}>
                          <RelationText relation={r} />
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <ToggleButtons id={p.id} name={program.name[lang]} toggles={toggles} />
              </li>
            );
          })}
      </ul>
    </Section>
  );
}

/** Every program that fits but is not in the plan (or is limited by a rule), why, with the source. */
export function LeftOutPrograms({ catalogue, plan, toggles }: Props) {
  const { t, lang } = useResultsT();
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  const name = (id: string) => byId.get(id)?.name[lang] ?? id;
  const relationOf = (l: LeftOut) => l.relation ?? ('relationId' in l && typeof l.relationId === 'string' ? catalogue.relations.find((r) => r.id === l.relationId) : undefined);
  const list = plan.leftOut.filter((l) => !isOpenAmount(l) && l.reason !== 'loan');
  return (
    <Section id="plan-left-out" title={t('plan.leftOut.title')} intro={t('plan.leftOut.intro')}>
      {list.length === 0 ? <p>{t('plan.leftOut.none')}</p> : null}
      <ul className="plan-cards">
        {list.map((l) => {
          const relation = relationOf(l);
          const candidate = !['user_excluded', 'needs_municipal_grant', 'below_minimum', 'no_fitting_item', 'items_do_not_fit'].includes(l.reason);
          return (
            <li key={l.programId} className="plan-card">
              <h3>{name(l.programId)}</h3>
              <p>
                {leftOutText(l, name, t, lang)}
                {relation ? (
                  <>
                    {': '}
                    <RelationText relation={relation} />
                  </>
                ) : null}
              </p>
              {l.reason === 'user_excluded' ? (
                <ToggleButtons id={l.programId} name={name(l.programId)} toggles={toggles} pin={false} />
              ) : candidate ? (
                <ToggleButtons id={l.programId} name={name(l.programId)} toggles={toggles} exclude={false} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** Combinations allowed but to be cleared with the funders. */
export function Cautions({ catalogue, plan }: Props) {
  const { t, lang } = useResultsT();
  if (plan.cautions.length === 0) return null;
  const name = (id: string) => catalogue.programs.find((p) => p.id === id)?.name[lang] ?? id;
  return (
    <Section id="plan-cautions" title={t('plan.cautions.title')}>
      <ul>
        {plan.cautions.map((c) => (
          <li key={`${c.programs.join('+')}-${c.relation.id}`}>
            {c.programs.length === 2 ? t('plan.cautions.text', { a: name(c.programs[0]), b: name(c.programs[1]) }) : name(c.programs[0])}:{' '}
            <RelationText relation={c.relation} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Programs that fit, but whose amount or quota no source states: "Betrag offen", not counted. */
export function OpenAmounts({ catalogue, evaluation, plan, asOf }: Props) {
  const { t, lang } = useResultsT();
  const open = plan.leftOut.filter(isOpenAmount);
  if (open.length === 0) return null;
  return (
    <Section id="plan-open" title={t('plan.open.title')} intro={t('plan.open.intro')}>
      <ul className="plan-cards">
        {open.map((l) => {
          const program = catalogue.programs.find((p) => p.id === l.programId)!;
          const result = evaluation.programs.find((r) => r.id === l.programId);
          const notes = result && result.amount.kind === 'money' ? result.amount.notes : [];
          const relation = 'relationId' in l && typeof l.relationId === 'string' ? catalogue.relations.find((r) => r.id === l.relationId) : undefined;
          return (
            <li key={l.programId} className="plan-card">
              <h3>{program.name[lang]}</h3>
              <p>
                <strong>{t('plan.open.amount')}</strong> – {t('plan.open.text')}
              </p>
              {notes.length ? (
                <ul>
                  {notes.map((n) => (
                    <li key={n}>{amountNoteText(n, t)}</li>
                  ))}
                </ul>
              ) : null}
              {relation ? (
                <p>
                  <RelationText relation={relation} />
                </p>
              ) : null}
              <p>
                {t('plan.programs.deadline')} {deadlineText(deadlineAt(program, asOf), lang, t)}
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** Loans: not a grant, but they can finance the own share. */
export function Loans({ catalogue, evaluation, plan }: Props) {
  const { t, lang } = useResultsT();
  const loans = plan.leftOut.filter((l) => l.reason === 'loan');
  if (loans.length === 0) return null;
  return (
    <Section id="plan-loans" title={t('plan.loans.title')}>
      <ul className="plan-cards">
        {loans.map((l) => {
          const program = catalogue.programs.find((p) => p.id === l.programId)!;
          const result = evaluation.programs.find((r) => r.id === l.programId);
          const relation = 'relationId' in l && typeof l.relationId === 'string' ? catalogue.relations.find((r) => r.id === l.relationId) : undefined;
          return (
            <li key={l.programId} className="plan-card">
              <h3>{program.name[lang]}</h3>
              <p>
                <strong>{t('plan.loans.text')}</strong>
                {result ? ` – ${t('plan.loans.amount', { amount: amountRange(result.amount, lang, t) })}` : null}
              </p>
              {relation ? (
                <p>
                  <RelationText relation={relation} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
