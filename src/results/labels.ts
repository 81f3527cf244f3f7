import { useTranslation } from 'react-i18next';
import type { Catalogue, Program } from '../engine';
import { langOf, type Lang, type Translate } from './format';
import type { Group } from './resultList';

/** Names of funder levels, funding types, offer kinds and groups, from the results' own texts. */
export function levelName(level: Program['level'], t: Translate): string {
  const names: Record<Program['level'], string> = {
    eu: t('results.level.eu'),
    bund: t('results.level.bund'),
    land: t('results.level.land'),
    kommune: t('results.level.kommune'),
    stiftung_lotterie: t('results.level.stiftung_lotterie'),
  };
  return names[level];
}

export function fundingTypeName(type: Program['funding_type'], t: Translate): string {
  const names: Record<Program['funding_type'], string> = {
    zuschuss: t('results.fundingType.zuschuss'),
    darlehen: t('results.fundingType.darlehen'),
    gutschein: t('results.fundingType.gutschein'),
    beratung: t('results.fundingType.beratung'),
    dienstleistung: t('results.fundingType.dienstleistung'),
    preis: t('results.fundingType.preis'),
  };
  return names[type];
}

export function kindName(kind: Program['kind'], t: Translate): string {
  const names: Record<Program['kind'], string> = {
    foerderung: t('results.kind.foerderung'),
    beratung: t('results.kind.beratung'),
    qualifizierung: t('results.kind.qualifizierung'),
  };
  return names[kind];
}

export function groupName(group: Group, t: Translate): string {
  const names: Record<Group, string> = {
    fits: t('results.group.fits'),
    maybe: t('results.group.maybe'),
    not: t('results.group.not'),
  };
  return names[group];
}

/** The label of a value of an enum or set fact ("umsetzung" → "Umsetzung (Aktivitäten, Personal)"). */
export function valueLabel(catalogue: Catalogue, factId: string, id: string, lang: Lang): string {
  return catalogue.facts.find((f) => f.id === factId)?.values?.find((v) => v.id === id)?.label[lang] ?? id;
}

/** The values of an enum or set fact, as options. */
export function valuesOf(catalogue: Catalogue, factId: string, lang: Lang): { id: string; label: string }[] {
  return (catalogue.facts.find((f) => f.id === factId)?.values ?? []).map((v) => ({ id: v.id, label: v.label[lang] }));
}

/** `t` and the results language of the current i18next language. */
export function useResultsT(): { t: Translate; lang: Lang } {
  const { t, i18n } = useTranslation();
  return { t: t as Translate, lang: langOf(i18n.language) };
}
