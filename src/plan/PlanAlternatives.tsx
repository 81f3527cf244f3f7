import type { Plan } from '../engine';
import { formatMoney } from '../results/format';
import { useResultsT } from '../results/labels';

/** The 2–3 best distinct plans: the plan itself and the best ones without one of its programs. */
export function PlanAlternatives({ plan, nameOf }: { plan: Plan; nameOf: (id: string) => string }) {
  const { t, lang } = useResultsT();
  return (
    <section className="plan-section" aria-labelledby="plan-alternatives">
      <h2 id="plan-alternatives">{t('plan.alternatives.title')}</h2>
      <p>{t('plan.alternatives.intro')}</p>
      {plan.alternatives.length === 0 ? <p>{t('plan.alternatives.none')}</p> : null}
      <div className="plan-alternatives">
        {plan.alternatives.map((v) => {
          const by = v.programs
            .map((id) => ({ id, amount: v.allocations.filter((a) => a.programId === id).reduce((s, a) => s + a.amount, 0) }))
            .sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id));
          const title = t('plan.alternatives.without', { program: nameOf(v.without ?? '') });
          const diff = v.total - plan.total;
          return (
            <div key={v.without} className="plan-alternative">
              <h3 id={`plan-alt-${v.without}`}>{title}</h3>
              <table className="plan-table plan-table--small" aria-labelledby={`plan-alt-${v.without}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('plan.alternatives.program')}</th>
                    <th scope="col" className="plan-num">
                      {t('plan.alternatives.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {by.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{nameOf(p.id)}</th>
                      <td className="plan-num">{formatMoney(p.amount, lang)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('plan.summary.funding')}</th>
                    <td className="plan-num">{formatMoney(v.total, lang)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('plan.summary.own')}</th>
                    <td className="plan-num">{formatMoney(v.ownShare, lang)}</td>
                  </tr>
                </tfoot>
              </table>
              <p>{diff < 0 ? t('plan.alternatives.less', { amount: formatMoney(-diff, lang) }) : t('plan.alternatives.same')}</p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
