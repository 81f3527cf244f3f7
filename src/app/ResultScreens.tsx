import type { Catalogue, CostItem, Evaluation } from '../engine';
import { PlanPage } from '../plan/PlanPage';
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

/** The result views of the machine's `ergebnis` state: list, program detail, overview, financing plan. */
export function ResultScreens(props: {
  view: string | undefined;
  programId: string | undefined;
  catalogue: Catalogue;
  evaluation: Evaluation;
  asOf: string;
  send: (e: WizardEvent) => void;
  onEditFact: (factId: string) => void;
  plan: PlanState;
}) {
  const { catalogue, evaluation, asOf, send, onEditFact, plan } = props;
  const open = (id: string) => send({ type: 'SHOW_PROGRAM', id });
  if (props.view === 'programm' && props.programId) {
    return (
      <ProgramDetailPage catalogue={catalogue} evaluation={evaluation} programId={props.programId} asOf={asOf} onBack={() => send({ type: 'SHOW_LIST' })} onEditFact={onEditFact} />
    );
  }
  if (props.view === 'uebersicht') {
    return <OverviewPage catalogue={catalogue} asOf={asOf} onOpenProgram={open} onBack={() => send({ type: 'SHOW_LIST' })} />;
  }
  if (props.view === 'plan') {
    return (
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
      />
    );
  }
  return (
    <ResultsPage
      catalogue={catalogue}
      evaluation={evaluation}
      asOf={asOf}
      onOpenProgram={open}
      onEditFact={onEditFact}
      onShowOverview={() => send({ type: 'SHOW_OVERVIEW' })}
      onShowPlan={() => send({ type: 'SHOW_PLAN' })}
      onEditAnswers={() => send({ type: 'BACK' })}
    />
  );
}
