import type { ReactNode } from 'react';
import type { Advisor } from '../advisor/advisor';
import { ComparePage } from '../advisor/ComparePage';
import { Dossier } from '../advisor/Dossier';
import { NotesField } from '../advisor/NotesField';
import { OpenedBanner } from '../advisor/OpenedBanner';
import { SharePanel } from '../advisor/SharePanel';
import { useComparison } from '../advisor/useComparison';
import type { Catalogue, CostItem, Evaluation } from '../engine';
import { PlanPage } from '../plan/PlanPage';
import { useResultsT } from '../results/labels';
import { OverviewPage } from '../results/OverviewPage';
import { ProgramDetailPage } from '../results/ProgramDetailPage';
import { ResultsPage } from '../results/ResultsPage';
import type { WizardEvent } from '../wizard/wizard.machine';

/** The plan's state as the machine keeps it. */
export interface PlanState {
  readonly items: readonly CostItem[] | undefined;
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
}

/**
 * The result views of the machine's `ergebnis` state: list, program detail, overview, financing
 * plan and the comparison of two variants. The list, the plan and the comparison carry the print
 * dossier: hidden on screen, it is what the printer gets.
 */
export function ResultScreens(props: {
  view: string | undefined;
  programId: string | undefined;
  catalogue: Catalogue;
  evaluation: Evaluation;
  asOf: string;
  send: (e: WizardEvent) => void;
  onEditFact: (factId: string) => void;
  plan: PlanState;
  advisor: Advisor;
}) {
  const { catalogue, evaluation, asOf, send, onEditFact, plan, advisor } = props;
  const { t } = useResultsT();
  const open = (id: string) => send({ type: 'SHOW_PROGRAM', id });
  const comparison = useComparison(catalogue, asOf, props.view === 'vergleich' ? advisor.variant : undefined, evaluation, plan, t('advisor.compare.current'), advisor.gemeinden);
  const withDossier = (screen: ReactNode) => (
    <>
      <div className="advisor-screen">{screen}</div>
      <Dossier catalogue={catalogue} evaluation={evaluation} asOf={asOf} plan={plan} notes={advisor.notes} gemeinden={advisor.gemeinden} comparison={comparison} />
    </>
  );
  if (props.view === 'programm' && props.programId) {
    const id = props.programId;
    const note = Object.hasOwn(advisor.notes.programs, id) ? advisor.notes.programs[id]! : '';
    return (
      <ProgramDetailPage
        catalogue={catalogue}
        evaluation={evaluation}
        programId={id}
        asOf={asOf}
        onBack={() => send({ type: 'SHOW_LIST' })}
        onEditFact={onEditFact}
        note={<NotesField label={t('advisor.notes.program')} hint={t('advisor.notes.hint')} value={note} onChange={(text) => advisor.onNote(text, id)} />}
      />
    );
  }
  if (props.view === 'uebersicht') {
    return <OverviewPage catalogue={catalogue} asOf={asOf} onOpenProgram={open} onBack={() => send({ type: 'SHOW_LIST' })} />;
  }
  if (props.view === 'plan') {
    return withDossier(
      <PlanPage
        catalogue={catalogue}
        evaluation={evaluation}
        asOf={asOf}
        {...(plan.items ? { items: plan.items } : {})}
        pinned={plan.pinned}
        excluded={plan.excluded}
        onItemsChange={(items) => send({ type: 'SET_PLAN_ITEMS', items })}
        onPin={(id, pinned) => send({ type: 'PIN', id, pinned })}
        onExclude={(id, excluded) => send({ type: 'EXCLUDE', id, excluded })}
        onBack={() => send({ type: 'SHOW_LIST' })}
      />,
    );
  }
  if (props.view === 'vergleich') {
    return withDossier(
      <ComparePage
        catalogue={catalogue}
        comparison={comparison}
        gemeinden={advisor.gemeinden}
        onBack={() => send({ type: 'SHOW_LIST' })}
        onClear={() => {
          advisor.onClearVariant();
          send({ type: 'SHOW_LIST' });
        }}
      />,
    );
  }
  return withDossier(
    <ResultsPage
      catalogue={catalogue}
      evaluation={evaluation}
      asOf={asOf}
      onOpenProgram={open}
      onEditFact={onEditFact}
      onShowOverview={() => send({ type: 'SHOW_OVERVIEW' })}
      onShowPlan={() => send({ type: 'SHOW_PLAN' })}
      onEditAnswers={() => send({ type: 'BACK' })}
      before={
        advisor.opened ? (
          <OpenedBanner opened={advisor.opened} catalogue={catalogue} evaluation={evaluation} settled={advisor.settled} onDismiss={advisor.onDismissOpened} />
        ) : null
      }
      after={
        <>
          <section className="advisor-panel" aria-labelledby="advisor-notes">
            <h2 id="advisor-notes">{t('advisor.notes.title')}</h2>
            <NotesField label={t('advisor.notes.general')} hint={t('advisor.notes.hint')} value={advisor.notes.general} onChange={(text) => advisor.onNote(text)} />
          </section>
          <SharePanel catalogue={catalogue} advisor={advisor} />
        </>
      }
    />,
  );
}
