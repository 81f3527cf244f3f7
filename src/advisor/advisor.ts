import type { Opened } from '../app/startup';
import type { Consultation } from '../consultation/consultation';
import type { GemeindeIndex } from '../engine';
import type { Notes, Variant } from '../wizard/wizard.machine';

/** What the advisor features get from the wizard: the consultation's extras and how to change them. */
export interface Advisor {
  readonly notes: Notes;
  readonly variant?: Variant | undefined;
  /** The consultation just opened (file, link, draft with changes), while its answers stand. */
  readonly opened?: Opened | undefined;
  readonly gemeinden?: GemeindeIndex | undefined;
  /** False while the Gemeinden needed for the evaluation are still loading ("what changed" waits). */
  readonly settled: boolean;
  /** The consultation as it stands now (for the link, the file and "Variante merken"). */
  readonly current: () => Consultation;
  readonly onNote: (text: string, programId?: string) => void;
  readonly onOpen: (opened: Opened) => void;
  readonly onDismissOpened: () => void;
  readonly onSaveVariant: (label: string) => void;
  readonly onClearVariant: () => void;
  readonly onShowCompare: () => void;
}
