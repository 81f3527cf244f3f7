import { useId } from 'react';
import { formatMoney, formatShare } from '../results/format';
import { useResultsT } from '../results/labels';
import type { Segment } from './planTable';

/**
 * Fill colours, each at least 3:1 against the white page and the white gaps between the bars
 * (WCAG 1.4.11), and a pattern per source, so colour is never the only cue; the own share is grey.
 */
const COLOURS = ['#0b5394', '#00703c', '#8a3b00', '#6f2da8', '#a4262c', '#005a70', '#5c5c00', '#1d3f6e'];
const OWN_COLOUR = '#595959';
type Pattern = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'back' | 'grid';
const PATTERNS: Pattern[] = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'back', 'grid'];

function PatternMarks({ kind }: { kind: Pattern }) {
  const line = { stroke: '#ffffff', strokeWidth: 2 };
  switch (kind) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 L2,-2 M0,10 L10,0 M8,12 L12,8" {...line} />;
    case 'back':
      return <path d="M-2,8 L2,12 M0,0 L10,10 M8,-2 L12,2" {...line} />;
    case 'dots':
      return <circle cx="5" cy="5" r="2" fill="#ffffff" />;
    case 'cross':
      return <path d="M0,0 L10,10 M10,0 L0,10" {...line} strokeWidth={1.5} />;
    case 'horizontal':
      return <path d="M0,5 L10,5" {...line} />;
    case 'vertical':
      return <path d="M5,0 L5,10" {...line} />;
    case 'grid':
      return <path d="M0,5 L10,5 M5,0 L5,10" {...line} strokeWidth={1.5} />;
  }
}

/**
 * The plan as one bar of the whole cost, split into the planned programs and the own share. The
 * SVG is an image named by its title; the visible list below it is its text alternative (sources,
 * amounts and shares), and it repeats each pattern beside the source's name.
 */
export function PlanChart({ segments, nameOf }: { segments: readonly Segment[]; nameOf: (key: string) => string }) {
  const { t, lang } = useResultsT();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `${uid}-title`;
  const listId = `${uid}-list`;
  const looks = segments.map((s, i) =>
    s.key === 'own' ? { colour: OWN_COLOUR, pattern: 'horizontal' as Pattern } : { colour: COLOURS[i % COLOURS.length]!, pattern: PATTERNS[i % PATTERNS.length]! },
  );
  const fill = (i: number) => `url(#${uid}-p${i})`;
  const bars = segments.map((s, i) => ({ ...s, i, width: s.share * 100, at: segments.slice(0, i).reduce((sum, x) => sum + x.share * 100, 0) }));
  return (
    <div className="plan-chart">
      <svg className="plan-chart__bar" width="100%" height="48" role="img" aria-labelledby={titleId} aria-describedby={listId}>
        <title id={titleId}>{t('plan.chart.title')}</title>
        <defs>
          {looks.map((l, i) => (
            <pattern key={i} id={`${uid}-p${i}`} patternUnits="userSpaceOnUse" width="10" height="10">
              <rect width="10" height="10" fill={l.colour} />
              <PatternMarks kind={l.pattern} />
            </pattern>
          ))}
        </defs>
        {bars
          .filter((b) => b.width > 0)
          .map((b) => (
            <rect key={b.key} x={`${b.at}%`} y="0" width={`${b.width}%`} height="48" fill={fill(b.i)} stroke="#ffffff" strokeWidth="2" />
          ))}
      </svg>
      <ul id={listId} className="plan-legend">
        {segments.map((s, i) => (
          <li key={s.key}>
            <svg className="plan-legend__swatch" width="28" height="20" aria-hidden="true" focusable="false">
              <rect width="28" height="20" fill={fill(i)} stroke={looks[i]!.colour} strokeWidth="2" />
            </svg>
            <span>{t('plan.chart.entry', { name: nameOf(s.key), amount: formatMoney(s.amount, lang), share: formatShare(s.share, lang) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
