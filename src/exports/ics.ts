/**
 * A small, pure iCalendar (RFC 5545) export of deadlines as all-day events, plus a minimal reader
 * (`parseIcs`) that the tests use to read the output back.
 *
 * The output is deterministic (same input, same text): events keep their input order, DTSTAMP comes
 * from `options.now`, nothing depends on the clock, the time zone or the locale.
 *
 * Content rules (RFC 5545 §3.1, §3.3.11):
 * - every line ends with CRLF, also the last one;
 * - lines are folded at 75 octets of UTF-8, never inside a character; continuation lines start with
 *   one space;
 * - TEXT values escape backslash, semicolon, comma and newline (`\\`, `\;`, `\,`, `\n`); the URL is
 *   a URI value and is not escaped.
 *
 * TEXT may not contain control characters other than HTAB, so text is normalised before escaping:
 * CRLF and a lone CR become a newline, other ASCII control characters (U+0000–U+0008,
 * U+000B–U+001F, U+007F) are dropped, and an unpaired surrogate becomes U+FFFD. Any other string
 * (all of Unicode, tabs and newlines included) comes back exactly through `parseIcs`.
 */

export interface CalendarEvent {
  /** Stable and unique within the calendar, e.g. `${programId}-${date}@foerderbaukasten`. */
  uid: string;
  /** YYYY-MM-DD, an all-day event (DTSTART;VALUE=DATE, DTEND;VALUE=DATE the next day). */
  date: string;
  /** E.g. "Antragsfrist Quartiersimpulse (Runde 2/2026)". */
  summary: string;
  /** Plain text; may contain newlines, commas, semicolons, backslashes and any Unicode. */
  description?: string;
  /** An absolute URI; whitespace and control characters are rejected, non-ASCII is percent-encoded. */
  url?: string;
}

export interface IcsOptions {
  /** PRODID, e.g. "-//Quartier 2030//Förderbaukasten//DE". */
  prodId: string;
  /** X-WR-CALNAME, the name calendar apps show for the subscription/import. */
  calendarName: string;
  /** DTSTAMP of every event (written in UTC). */
  now: Date;
  /** Add a reminder one week before each event (VALARM, ACTION:DISPLAY, TRIGGER:-P7D, DESCRIPTION = summary). Default: false. */
  alarm?: boolean;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** The calendar as iCalendar text (CRLF line ends, folded, escaped). Throws on invalid input. */
export function toIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
  const dtstamp = formatUtc(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  const seen = new Set<string>();
  for (const event of events) {
    if (event.uid.length === 0) throw new Error(`iCalendar export: event "${event.summary}" on ${event.date} has an empty UID`);
    if (seen.has(event.uid)) throw new Error(`iCalendar export: duplicate UID "${event.uid}"`);
    seen.add(event.uid);
    const start = parseDate(event.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${formatDate(start)}`,
      `DTEND;VALUE=DATE:${formatDate(nextDay(start, event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url !== undefined) lines.push(`URL:${uriValue(event.url)}`);
    lines.push('TRANSP:TRANSPARENT');
    if (options.alarm) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P7D', `DESCRIPTION:${escapeText(event.summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

// ---------------------------------------------------------------------------------------------
// Values

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real Gregorian calendar date in the form YYYY-MM-DD, or a clear error naming the input. */
function parseDate(text: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)) return date;
  }
  throw new Error(`iCalendar export: invalid date "${text}" (expected a real calendar date YYYY-MM-DD)`);
}

function nextDay({ year, month, day }: CalendarDate, text: string): CalendarDate {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  if (month < 12) return { year, month: month + 1, day: 1 };
  if (year >= 9999) throw new Error(`iCalendar export: date "${text}" has no next day within the four-digit years`);
  return { year: year + 1, month: 1, day: 1 };
}

const formatDate = (d: CalendarDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** DATE-TIME in UTC, YYYYMMDDTHHMMSSZ (RFC 5545 §3.3.5, form 2). */
function formatUtc(now: Date): string {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new Error('iCalendar export: options.now is an invalid Date');
  const year = now.getUTCFullYear();
  if (year < 0 || year > 9999) throw new Error(`iCalendar export: options.now (${now.toISOString()}) is outside the years 0000–9999`);
  return (
    `${pad(year, 4)}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`
  );
}

/**
 * Text as RFC 5545 allows it (see the module comment), without escaping. Exported for the tests:
 * `parseIcs` gives back exactly `normalizeText(input)`.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A TEXT value (RFC 5545 §3.3.11): backslash first, then semicolon, comma and newline. */
export function escapeText(text: string): string {
  return normalizeText(text).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** A URI value: not TEXT-escaped; it must fit on one content line and be ASCII. */
function uriValue(url: string): string {
  // eslint-disable-next-line no-control-regex
  if (url.length === 0 || /[\s\u0000-\u001F\u007F]/.test(url)) {
    throw new Error(`iCalendar export: invalid URL ${JSON.stringify(url)} (empty, or contains whitespace or control characters)`);
  }
  return normalizeText(url).replace(/[^\u0000-\u007F]+/g, (s) => encodeURIComponent(s)); // eslint-disable-line no-control-regex
}

// ---------------------------------------------------------------------------------------------
// Folding

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded so that every physical line has at most 75 octets of UTF-8 (without the
 * CRLF): the first one up to 75, each continuation line one space plus up to 74. Splits only
 * between code points, so no multi-byte character is ever cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Properties whose value type is TEXT (so `parseIcs` unescapes them); X- properties count as TEXT. */
const TEXT_PROPERTIES = new Set([
  'PRODID', 'METHOD', 'CALSCALE', 'VERSION', 'UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT',
  'CONTACT', 'CATEGORIES', 'RESOURCES', 'STATUS', 'CLASS', 'TRANSP', 'ACTION', 'NAME', 'TZID', 'TZNAME',
]);

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export interface ParsedIcs {
  /** The properties of the VCALENDAR itself. */
  properties: Record<string, string>;
  /**
   * One record per VEVENT. Keys are property names (`SUMMARY`); parameters appear as
   * `NAME;PARAM` (`DTSTART;VALUE` → `DATE`); properties of a component inside the event are
   * prefixed with its name (`VALARM.TRIGGER`).
   */
  events: Record<string, string>[];
}

/**
 * A minimal, strict reader for what `toIcs` writes: unfolds lines (CRLF followed by a space or
 * tab), splits `NAME;PARAMS:VALUE`, unescapes TEXT values. Throws on a malformed line, unbalanced
 * BEGIN/END, or a property that occurs twice in one component.
 */
export function parseIcs(text: string): ParsedIcs {
  const lines = text.replace(/\r\n[ \t]/g, '').split(CRLF);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const properties: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  const stack: string[] = [];
  let event: Record<string, string> | null = null;

  lines.forEach((line, index) => {
    const where = `line ${index + 1} (unfolded)`;
    const { name, params, value } = splitLine(line, where);
    if (name === 'BEGIN' || name === 'END') {
      const component = value.toUpperCase();
      if (name === 'BEGIN') {
        if (stack.length === 0 && component !== 'VCALENDAR') throw new Error(`parseIcs: ${where}: expected BEGIN:VCALENDAR, got ${line}`);
        stack.push(component);
        if (component === 'VEVENT' && stack.length === 2) event = {};
      } else {
        if (stack[stack.length - 1] !== component) throw new Error(`parseIcs: ${where}: ${line} does not close ${stack[stack.length - 1] ?? 'anything'}`);
        stack.pop();
        if (component === 'VEVENT' && stack.length === 1 && event) {
          events.push(event);
          event = null;
        }
      }
      return;
    }
    let target: Record<string, string>;
    let prefix = '';
    if (stack.length === 1) target = properties;
    else if (event && stack[1] === 'VEVENT') {
      target = event;
      prefix = stack.slice(2).map((c) => `${c}.`).join('');
    } else if (stack.length === 0) throw new Error(`parseIcs: ${where}: property outside VCALENDAR: ${line}`);
    else return; // a component other than VEVENT (e.g. VTIMEZONE): not read
    const key = prefix + name;
    if (key in target) throw new Error(`parseIcs: ${where}: ${key} occurs twice in one component`);
    const isText = TEXT_PROPERTIES.has(name) || name.startsWith('X-');
    target[key] = isText && params.VALUE === undefined ? unescapeText(value) : value;
    for (const [param, paramValue] of Object.entries(params)) target[`${key};${param}`] = paramValue;
  });
  if (stack.length > 0) throw new Error(`parseIcs: unterminated ${stack.join(' > ')}`);
  return { properties, events };
}

function splitLine(line: string, where: string): { name: string; params: Record<string, string>; value: string } {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(line);
  if (!nameMatch) throw new Error(`parseIcs: ${where}: no property name in ${JSON.stringify(line)}`);
  const name = nameMatch[0].toUpperCase();
  const params: Record<string, string> = {};
  let i = name.length;
  while (line[i] === ';') {
    const param = /^([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*(?:,[^";:,]*)*)/.exec(line.slice(i + 1));
    if (!param) throw new Error(`parseIcs: ${where}: malformed parameter in ${JSON.stringify(line)}`);
    const raw = param[2] ?? '';
    params[(param[1] ?? '').toUpperCase()] = raw.startsWith('"') ? raw.slice(1, -1) : raw;
    i += 1 + param[0].length;
  }
  if (line[i] !== ':') throw new Error(`parseIcs: ${where}: expected ":" after the name and parameters in ${JSON.stringify(line)}`);
  return { name, params, value: line.slice(i + 1) };
}
