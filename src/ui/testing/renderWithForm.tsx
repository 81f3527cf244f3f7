import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import type { Gemeinde } from '../../engine';
import { GemeindenProvider } from '../GemeindenContext';

export interface FormOptions {
  readonly defaultValues?: FieldValues;
  readonly onSubmit?: (values: FieldValues) => void;
  readonly loadGemeinden?: () => Promise<readonly Gemeinde[]>;
}

function TestForm({ children, defaultValues, onSubmit, loadGemeinden }: FormOptions & { children: ReactNode }) {
  const methods = useForm({ ...(defaultValues ? { defaultValues } : {}) });
  return (
    <GemeindenProvider load={loadGemeinden ?? (() => Promise.resolve(GEMEINDEN))}>
      <FormProvider {...methods}>
        <form onSubmit={(e) => void methods.handleSubmit((values) => onSubmit?.(values))(e)}>
          {children}
          <button type="submit">Absenden</button>
        </form>
      </FormProvider>
    </GemeindenProvider>
  );
}

/**
 * Renders form components inside a react-hook-form form with a submit button "Absenden"; `rerender`
 * keeps the form (it is the wrapper).
 */
export function renderWithForm(ui: ReactNode, options: FormOptions = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => <TestForm {...options}>{children}</TestForm>;
  return render(ui, { wrapper });
}

const g = (ags: string, name: string, kreis: string, einwohner: number, gemeindetyp = 'Gemeinde'): Gemeinde => ({
  ags,
  name,
  gemeindetyp,
  kreisAgs: ags.slice(0, 5),
  kreis,
  einwohner,
  stand: '2022-05-15',
});

/** Real Gemeinden (Zensus 2022) plus enough "Bergdorf"s to exceed the suggestion limit. */
export const GEMEINDEN: readonly Gemeinde[] = [
  g('08136088', 'Aalen, Stadt', 'Ostalbkreis', 67139, 'Große Kreisstadt'),
  g('08115002', 'Altdorf', 'Böblingen', 4547),
  g('08116005', 'Altdorf', 'Esslingen', 1684),
  g('08116036', 'Kohlberg', 'Esslingen', 2344),
  g('08416041', 'Tübingen, Universitätsstadt', 'Tübingen', 90499, 'Große Kreisstadt'),
  g('08111000', 'Stuttgart, Landeshauptstadt', 'Stuttgart, Stadtkreis', 610458, 'Stadtkreis'),
  g('08437100', 'Bad Saulgau, Stadt', 'Sigmaringen', 17975, 'Stadt'),
  g('08436014', 'Bergatreute', 'Ravensburg', 3154),
  ...Array.from({ length: 14 }, (_, i) => g(`0899${String(i).padStart(4, '0')}`, `Bergdorf ${i + 1}`, 'Testkreis', 1000 + i)),
];
