/** Picks the text of the current language from a rule text ({ de, en }); German is the fallback. */
export function localized(text: { readonly de: string; readonly en: string }, language: string): string {
  return language.startsWith('en') ? text.en : text.de;
}
