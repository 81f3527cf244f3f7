import { describe, expect, it } from 'vitest';
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import type { Fact } from '../engine';
import { fromFormValue, stepSchema, toFormValue, toFormValues } from './formValues';

const catalogue = uiCatalogue();
const fact = (id: string) => catalogue.facts.find((f) => f.id === id) as Fact;

describe('form values → answers', () => {
  it('turns each input kind into its answer, and empty into not answered', () => {
    expect(fromFormValue(fact('antragsteller'), 'verein')).toEqual({ answer: 'verein' });
    expect(fromFormValue(fact('antragsteller'), '')).toEqual({ error: 'required' });
    expect(fromFormValue(fact('antragsteller'), 'konzern')).toEqual({ error: 'choice' });
    expect(fromFormValue(fact('phasen'), ['beteiligung', 'erfunden'])).toEqual({ answer: ['beteiligung'] });
    expect(fromFormValue(fact('phasen'), [])).toEqual({});
    expect(fromFormValue(fact('buergerbeteiligung'), 'ja')).toEqual({ answer: true });
    expect(fromFormValue(fact('buergerbeteiligung'), 'nein')).toEqual({ answer: false });
    expect(fromFormValue(fact('buergerbeteiligung'), 'offen')).toEqual({});
    expect(fromFormValue(fact('kosten_sach'), '1.234,56 €')).toEqual({ answer: 1235 });
    expect(fromFormValue(fact('kosten_sach'), 'zwölf')).toEqual({ error: 'money' });
    expect(fromFormValue(fact('laufzeit_monate'), '24')).toEqual({ answer: 24 });
    expect(fromFormValue(fact('laufzeit_monate'), '500')).toEqual({ error: 'range' });
    expect(fromFormValue(fact('laufzeit_monate'), '2,5')).toEqual({ error: 'number' });
    expect(fromFormValue(fact('projektbeginn'), '2027-01-15')).toEqual({ answer: '2027-01-15' });
    expect(fromFormValue(fact('ags'), '08116036')).toEqual({ answer: '08116036' });
    expect(fromFormValue(fact('ags'), 'Kohlberg')).toEqual({ error: 'choice' });
  });

  it('shows answers again as form values', () => {
    expect(toFormValue(fact('kosten_sach'), 12500)).toBe('12.500');
    expect(toFormValue(fact('buergerbeteiligung'), false)).toBe('nein');
    expect(toFormValue(fact('phasen'), ['beteiligung'])).toEqual(['beteiligung']);
    expect(toFormValue(fact('antragsteller'), undefined)).toBe('');
  });

  it('validates a whole step and counts untouched costs as 0 once a cost is given', () => {
    const costs = ['kosten_personal', 'kosten_sach', 'kosten_beratung', 'kosten_investition'].map(fact);
    const schema = stepSchema(costs);
    expect(schema.parse({ ...toFormValues(costs, {}), kosten_sach: '5.000' })).toEqual({
      kosten_personal: 0,
      kosten_sach: 5000,
      kosten_beratung: 0,
      kosten_investition: 0,
    });
    expect(schema.parse(toFormValues(costs, {}))).toEqual({});
    const bad = schema.safeParse({ ...toFormValues(costs, {}), kosten_sach: '5,000,00' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([['kosten_sach', 'money']]);
  });

  it('reads an untouched radio group (null after blur) as not answered', () => {
    const facts = [fact('antragsteller'), fact('buergerbeteiligung')];
    const r = stepSchema(facts).safeParse({ antragsteller: null, buergerbeteiligung: null });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([['antragsteller', 'required']]);
    expect(stepSchema([fact('buergerbeteiligung')]).parse({ buergerbeteiligung: null })).toEqual({});
  });
});
