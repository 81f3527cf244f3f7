import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { FormProvider, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Answers, Catalogue, Fact, FactValue } from '../engine';
import { shownWhen } from '../wizard/questions';
import { ErrorSummary } from '../ui/ErrorSummary';
import { localized } from '../ui/localized';
import { QuestionField } from '../ui/QuestionField';
import { ScreenHeading } from '../ui/ScreenHeading';
import { fromFormValue, stepSchema, toFormValues, type FormValues } from './formValues';

export interface StepPageProps {
  readonly catalogue: Catalogue;
  readonly title: { readonly de: string; readonly en: string };
  readonly position: number;
  readonly total: number;
  readonly questions: readonly Fact[];
  readonly answers: Answers;
  readonly onNext: (answers: Answers) => void;
  readonly onBack: () => void;
  /** When editing from the review page, the button says so. */
  readonly returnToReview: boolean;
  /** A question to focus instead of the heading (from a "what is missing" link). */
  readonly focusFact?: string;
  /** The answers as typed so far on this page, for the live preview. */
  readonly onDraftChange?: (answers: Answers) => void;
}

/**
 * One section of the questionnaire: one h1, one fieldset per question, an error summary that
 * takes focus, validation on submit (react-hook-form with the step's zod schema).
 */
export function StepPage(props: StepPageProps) {
  const { catalogue, title, position, total, questions, answers, onNext, onBack, returnToReview, focusFact, onDraftChange } = props;
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => stepSchema(questions), [questions]);
  const methods = useForm<FormValues, unknown, Answers>({
    defaultValues: toFormValues(questions, answers),
    // The schema reads any value (see stepSchema); the form's own values are FormValues.
    resolver: zodResolver(schema) as unknown as Resolver<FormValues, unknown, Answers>,
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const CODES = ['required', 'money', 'number', 'range', 'date', 'choice'];
  const message = (f: Fact, code: string) => t(`steps.error.${CODES.includes(code) ? code : 'choice'}`, { question: localized(f.question!, i18n.language) });
  const errors = (e: FieldErrors<FormValues>) =>
    questions.flatMap((f) => (e[f.id]?.message ? [{ factId: f.id, message: message(f, String(e[f.id]!.message)) }] : []));
  const list = errors(methods.formState.errors);
  // Conditional questions appear as soon as the answer they depend on is given on this page.
  const values = useWatch({ control: methods.control });
  const current: Record<string, FactValue> = { ...answers };
  for (const f of questions) {
    const r = fromFormValue(f, values[f.id]);
    if (r.answer !== undefined) current[f.id] = r.answer;
    else delete current[f.id];
  }
  const shown = questions.filter((f) => shownWhen(catalogue, f, current));
  const draft = JSON.stringify(current);
  useEffect(() => {
    onDraftChange?.(JSON.parse(draft) as Answers);
  }, [draft, onDraftChange]);
  useEffect(() => {
    if (focusFact) document.getElementById(`q-${focusFact}`)?.focus();
  }, [focusFact]);

  return (
    <>
      {list.length ? <ErrorSummary errors={list} /> : null}
      <ScreenHeading caption={t('steps.progress', { position, total })}>{localized(title, i18n.language)}</ScreenHeading>
      <FormProvider {...methods}>
        <form noValidate onSubmit={methods.handleSubmit(onNext)}>
          {shown.map((f) => (
            <QuestionField
              key={f.id}
              fact={f}
              error={list.find((e) => e.factId === f.id)?.message}
              groups={f.grouped_by ? catalogue.facts.find((g) => g.id === f.grouped_by)?.values : undefined}
            />
          ))}
          <div className="button-row">
            <button type="submit" className="button-primary">
              {returnToReview ? t('steps.saveAndReview') : t('steps.next')}
            </button>
            <button type="button" className="button-secondary" onClick={onBack}>
              {t('steps.back')}
            </button>
          </div>
        </form>
      </FormProvider>
    </>
  );
}
