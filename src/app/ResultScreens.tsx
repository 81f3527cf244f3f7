import type { Catalogue, Evaluation } from '../engine';
import { OverviewPage } from '../results/OverviewPage';
import { ProgramDetailPage } from '../results/ProgramDetailPage';
import { ResultsPage } from '../results/ResultsPage';
import type { WizardEvent } from '../wizard/wizard.machine';

/** The result views of the machine's `ergebnis` state: list, program detail, overview. */
export function ResultScreens(props: {
  view: string | undefined;
  programId: string | undefined;
  catalogue: Catalogue;
  evaluation: Evaluation;
  asOf: string;
  send: (e: WizardEvent) => void;
  onEditFact: (factId: string) => void;
}) {
  const { catalogue, evaluation, asOf, send, onEditFact } = props;
  const open = (id: string) => send({ type: 'SHOW_PROGRAM', id });
  if (props.view === 'programm' && props.programId) {
    return (
      <ProgramDetailPage catalogue={catalogue} evaluation={evaluation} programId={props.programId} asOf={asOf} onBack={() => send({ type: 'SHOW_LIST' })} onEditFact={onEditFact} />
    );
  }
  if (props.view === 'uebersicht') {
    return <OverviewPage catalogue={catalogue} asOf={asOf} onOpenProgram={open} onBack={() => send({ type: 'SHOW_LIST' })} />;
  }
  return (
    <ResultsPage
      catalogue={catalogue}
      evaluation={evaluation}
      asOf={asOf}
      onOpenProgram={open}
      onEditFact={onEditFact}
      onShowOverview={() => send({ type: 'SHOW_OVERVIEW' })}
      onEditAnswers={() => send({ type: 'BACK' })}
    />
  );
}
