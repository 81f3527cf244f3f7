/** What the autosave last did: saved (when), nothing to save, or the browser did not let it. */
export type SaveState = { readonly kind: 'saved'; readonly at: Date } | { readonly kind: 'empty' } | { readonly kind: 'failed' } | { readonly kind: 'cleared' };

/** "10:15" today, "20.11.2026, 10:15" on another day (the browser's time zone). */
export function savedTime(at: Date, lang: 'de' | 'en', now: Date = new Date()): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  if (at.toDateString() === now.toDateString()) return time;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}
