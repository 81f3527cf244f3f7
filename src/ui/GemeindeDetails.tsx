import { useTranslation } from 'react-i18next';
import type { Gemeinde } from '../engine';

function locale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'de-DE';
}

function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(n);
}

/** The reference date of the population figure ("2022-05-15" → "15.05.2022"); unknown formats as given. */
function formatStand(stand: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stand);
  if (!m) return stand;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const options: Intl.DateTimeFormatOptions = language.startsWith('en')
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(language), options).format(date);
}

/** One suggestion: the name as the Gemeindeverzeichnis writes it, then Kreis and population. */
export function GemeindeOption({ id, gemeinde, active, language, onSelect }: { id: string; gemeinde: Gemeinde; active: boolean; language: string; onSelect: () => void }) {
  const { t } = useTranslation();
  return (
    <li id={id} role="option" aria-selected={active} className={active ? 'ui-combobox__option ui-combobox__option--active' : 'ui-combobox__option'} onClick={onSelect}>
      <span className="ui-combobox__name">{gemeinde.name}</span>
      <span className="ui-combobox__meta">
        {t('ui.gemeinde.optionDetails', { kreis: gemeinde.kreis, einwohner: formatCount(gemeinde.einwohner, language) })}
      </span>
    </li>
  );
}

/** The chosen Gemeinde with the facts derived from it and their reference date (DESIGN §6). */
export function GemeindeDetails({ id, gemeinde, language }: { id: string; gemeinde: Gemeinde; language: string }) {
  const { t } = useTranslation();
  return (
    <dl id={id} className="ui-combobox__selected">
      <div>
        <dt>{t('ui.gemeinde.selectedName')}</dt>
        <dd>{gemeinde.name}</dd>
      </div>
      <div>
        <dt>{t('ui.gemeinde.selectedKreis')}</dt>
        <dd>{gemeinde.kreis}</dd>
      </div>
      <div>
        <dt>{t('ui.gemeinde.selectedEinwohner')}</dt>
        <dd>
          {formatCount(gemeinde.einwohner, language)}{' '}
          {t('ui.gemeinde.census', { year: gemeinde.stand.slice(0, 4), date: formatStand(gemeinde.stand, language) })}
        </dd>
      </div>
    </dl>
  );
}
