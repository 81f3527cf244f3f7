import type { Consultation } from '../consultation/consultation';
import { encodeShareLink } from '../consultation/shareLink';
import type { Catalogue } from '../engine';

/**
 * The address to share: this app's address with the consultation in the fragment (`#c=2.…`).
 * Query parameters that steer the app stay (`?lang=en`, a host's program filter); answers given
 * in the address are left out, because the link carries the answers.
 */
export function shareAddress(location: { origin: string; pathname: string; search: string }, catalogue: Catalogue, c: Consultation): string {
  const params = new URLSearchParams(location.search);
  for (const key of [...params.keys()]) if (catalogue.facts.some((f) => f.id === key)) params.delete(key);
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${encodeShareLink(c)}`;
}
