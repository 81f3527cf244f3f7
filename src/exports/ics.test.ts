import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, normalizeText, parseIcs, toIcs, type CalendarEvent, type IcsOptions } from './ics';

const OPTIONS: IcsOptions = {
  prodId: '-//Quartier 2030//Förderbaukasten//DE',
  calendarName: 'Förderfristen – Quartier 2030',
  now: new Date(Date.UTC(2026, 4, 7, 9, 5, 3, 999)),
};
const SPECIAL = 'Zeile 1\nZeile 2, mit Komma; Semikolon \\ Backslash \\n kein Umbruch: Äpfel, Öl, Übermaß, Grüße 🎉👩‍👩‍👧 日本語\ttab';
const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'quartiersimpulse-2026-09-30@foerderbaukasten',
  date: '2026-09-30',
  summary: 'Antragsfrist Quartiersimpulse (Runde 2/2026)',
  ...over,
});

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;
/** The physical lines, each without its CRLF (the text ends with CRLF, so the last split part is empty). */
function physicalLines(text: string): string[] {
  const parts = text.split('\r\n');
  expect(parts.pop()).toBe('');
  return parts;
}
function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of physicalLines(text)) expect(octets(line), line).toBeLessThanOrEqual(75);
  // Whatever was folded comes back as the same code points: no replacement characters appear.
  expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(text))).toBe(text);
}
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('toIcs: calendar structure', () => {
  it('writes VCALENDAR and VEVENT with all required properties in a fixed order', () => {
    const text = toIcs([event({ description: 'Hinweis', url: 'https://example.org/a' })], OPTIONS);
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Quartier 2030//Förderbaukasten//DE',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Förderfristen – Quartier 2030',
        'BEGIN:VEVENT',
        'UID:quartiersimpulse-2026-09-30@foerderbaukasten',
        'DTSTAMP:20260507T090503Z',
        'DTSTART;VALUE=DATE:20260930',
        'DTEND;VALUE=DATE:20261001',
        'SUMMARY:Antragsfrist Quartiersimpulse (Runde 2/2026)',
        'DESCRIPTION:Hinweis',
        'URL:https://example.org/a',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('reads back through parseIcs', () => {
    const parsed = parseIcs(toIcs([event(), event({ uid: 'b@foerderbaukasten', date: '2027-01-15', summary: 'Zweite' })], OPTIONS));
    expect(parsed.properties).toEqual({
      VERSION: '2.0',
      PRODID: OPTIONS.prodId,
      CALSCALE: 'GREGORIAN',
      METHOD: 'PUBLISH',
      'X-WR-CALNAME': OPTIONS.calendarName,
    });
    expect(parsed.events).toEqual([
      {
        UID: 'quartiersimpulse-2026-09-30@foerderbaukasten',
        DTSTAMP: '20260507T090503Z',
        DTSTART: '20260930',
        'DTSTART;VALUE': 'DATE',
        DTEND: '20261001',
        'DTEND;VALUE': 'DATE',
        SUMMARY: 'Antragsfrist Quartiersimpulse (Runde 2/2026)',
        TRANSP: 'TRANSPARENT',
      },
      {
        UID: 'b@foerderbaukasten',
        DTSTAMP: '20260507T090503Z',
        DTSTART: '20270115',
        'DTSTART;VALUE': 'DATE',
        DTEND: '20270116',
        'DTEND;VALUE': 'DATE',
        SUMMARY: 'Zweite',
        TRANSP: 'TRANSPARENT',
      },
    ]);
  });

  it('an empty event list is still a valid calendar', () => {
    const text = toIcs([], OPTIONS);
    expect(text).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Quartier 2030//Förderbaukasten//DE\r\nCALSCALE:GREGORIAN\r\n' +
        'METHOD:PUBLISH\r\nX-WR-CALNAME:Förderfristen – Quartier 2030\r\nEND:VCALENDAR\r\n',
    );
    expectWellFormed(text);
    expect(parseIcs(text).events).toEqual([]);
  });

  it('is deterministic: same input, same text; events keep their input order', () => {
    const events = [event({ uid: 'z', date: '2027-03-01' }), event({ uid: 'a', date: '2026-01-01', description: SPECIAL })];
    const first = toIcs(events, { ...OPTIONS, alarm: true });
    expect(toIcs(events.map((e) => ({ ...e })), { ...OPTIONS, now: new Date(OPTIONS.now.getTime()), alarm: true })).toBe(first);
    expect(parseIcs(first).events.map((e) => e.UID)).toEqual(['z', 'a']);
  });

  it('DTSTAMP is the UTC time of options.now, whatever the offset it was created with', () => {
    const text = toIcs([event()], { ...OPTIONS, now: new Date('2026-01-01T00:30:00+02:00') });
    expect(parseIcs(text).events[0]?.DTSTAMP).toBe('20251231T223000Z');
  });

  it('adds a VALARM one week before when asked, and none otherwise', () => {
    const withAlarm = toIcs([event({ description: 'Beschreibung' })], { ...OPTIONS, alarm: true });
    expect(withAlarm).toContain(
      'TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n' +
        'DESCRIPTION:Antragsfrist Quartiersimpulse (Runde 2/2026)\r\nEND:VALARM\r\nEND:VEVENT\r\n',
    );
    const parsed = parseIcs(withAlarm).events[0];
    expect(parsed?.DESCRIPTION).toBe('Beschreibung');
    expect(parsed?.['VALARM.ACTION']).toBe('DISPLAY');
    expect(parsed?.['VALARM.TRIGGER']).toBe('-P7D');
    expect(parsed?.['VALARM.DESCRIPTION']).toBe('Antragsfrist Quartiersimpulse (Runde 2/2026)');
    expect(toIcs([event()], OPTIONS)).not.toContain('VALARM');
    expect(toIcs([event()], { ...OPTIONS, alarm: false })).not.toContain('VALARM');
  });
});

describe('toIcs: dates', () => {
  it.each([
    ['2026-09-30', '20260930', '20261001'],
    ['2026-12-31', '20261231', '20270101'],
    ['2026-02-28', '20260228', '20260301'],
    ['2028-02-28', '20280228', '20280229'],
    ['2028-02-29', '20280229', '20280301'],
    ['2000-02-29', '20000229', '20000301'],
    ['2026-04-30', '20260430', '20260501'],
    ['2026-01-31', '20260131', '20260201'],
    ['0999-12-31', '09991231', '10000101'],
  ])('%s → DTSTART %s, DTEND %s', (date, start, end) => {
    const text = toIcs([event({ date })], OPTIONS);
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
  });

  it.each(['2026-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '2026-1-5', '26-01-05', '2026-01-05T00:00', '', ' 2026-01-05', '9999-12-31'])(
    'rejects the invalid date %j with an error naming it',
    (date) => {
      expect(() => toIcs([event({ date })], OPTIONS)).toThrow(new RegExp(`"${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    },
  );

  it('rejects an invalid options.now', () => {
    expect(() => toIcs([], { ...OPTIONS, now: new Date('nope') })).toThrow(/options\.now/);
  });

  it('rejects an empty or duplicate UID', () => {
    expect(() => toIcs([event({ uid: '' })], OPTIONS)).toThrow(/empty UID/);
    expect(() => toIcs([event(), event({ date: '2026-10-01' })], OPTIONS)).toThrow(/duplicate UID "quartiersimpulse-2026-09-30@foerderbaukasten"/);
  });
});

describe('toIcs: TEXT escaping and URI values', () => {
  it('escapes backslash, semicolon, comma and newline in the raw text', () => {
    const text = toIcs([event({ summary: 'a,b;c\\d', description: 'x\ny, z; \\n' })], { ...OPTIONS, calendarName: 'Fristen; BW, 2026' });
    const raw = unfold(text);
    expect(raw).toContain('\r\nSUMMARY:a\\,b\\;c\\\\d\r\n');
    expect(raw).toContain('\r\nDESCRIPTION:x\\ny\\, z\\; \\\\n\r\n');
    expect(raw).toContain('\r\nX-WR-CALNAME:Fristen\\; BW\\, 2026\r\n');
    expect(escapeText('\\;,\n')).toBe('\\\\\\;\\,\\n');
  });

  it('round-trips summary and description with all special characters, umlauts and emoji', () => {
    const text = toIcs([event({ summary: SPECIAL, description: `${SPECIAL}\n${SPECIAL}` })], { ...OPTIONS, alarm: true });
    expectWellFormed(text);
    const parsed = parseIcs(text).events[0];
    expect(parsed?.SUMMARY).toBe(SPECIAL);
    expect(parsed?.DESCRIPTION).toBe(`${SPECIAL}\n${SPECIAL}`);
    expect(parsed?.['VALARM.DESCRIPTION']).toBe(SPECIAL);
  });

  it('keeps an empty description (distinct from none)', () => {
    expect(parseIcs(toIcs([event({ description: '' })], OPTIONS)).events[0]?.DESCRIPTION).toBe('');
    expect(parseIcs(toIcs([event()], OPTIONS)).events[0]).not.toHaveProperty('DESCRIPTION');
  });

  it('normalises what TEXT may not contain: CRLF/CR → newline, other control characters dropped, lone surrogates → U+FFFD', () => {
    const input = 'a\r\nb\rc\u0000d\u0007e\u001bf\u007fg\th\uD800i\uDC00';
    const text = toIcs([event({ description: input })], OPTIONS);
    expectWellFormed(text);
    expect(parseIcs(text).events[0]?.DESCRIPTION).toBe('a\nb\nc' + 'defg\th\uFFFDi\uFFFD');
    expect(normalizeText(input)).toBe('a\nb\ncdefg\th\uFFFDi\uFFFD');
  });

  it('writes the URL unescaped (a URI value, not TEXT)', () => {
    const url = 'https://www.l-bank.de/foerderung?programm=quartier,2030;runde=2&x=a\\b#frist';
    const text = toIcs([event({ url })], OPTIONS);
    expect(unfold(text)).toContain(`\r\nURL:${url}\r\n`);
    expect(parseIcs(text).events[0]?.URL).toBe(url);
  });

  it('percent-encodes non-ASCII in the URL and rejects whitespace or control characters', () => {
    expect(parseIcs(toIcs([event({ url: 'https://example.org/förderung' })], OPTIONS)).events[0]?.URL).toBe('https://example.org/f%C3%B6rderung');
    for (const url of ['', 'https://example.org/a b', 'https://example.org/a\r\nX-EVIL:1', 'https://example.org/\u0000']) {
      expect(() => toIcs([event({ url })], OPTIONS)).toThrow(/invalid URL/);
    }
  });
});

describe('line folding', () => {
  it('does not fold a line of exactly 75 octets, and folds one of 76', () => {
    const exact = 'SUMMARY:' + 'x'.repeat(75 - 8);
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const longer = exact + 'y';
    expect(foldLine(longer)).toBe(`${exact}\r\n y`);
  });

  it('continuation lines carry at most 74 octets after their leading space', () => {
    const line = 'DESCRIPTION:' + 'a'.repeat(300);
    const parts = foldLine(line).split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 75, 75, 12 + 300 - 75 - 3 * 74 + 1]);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && !p.startsWith('  '))).toBe(true);
    expect(parts[0] + parts.slice(1).map((p) => p.slice(1)).join('')).toBe(line);
  });

  it.each([
    ['ä (2 octets)', 'ä'],
    ['€ (3 octets)', '€'],
    ['😀 (4 octets, a surrogate pair)', '😀'],
  ])('never splits %s on the boundary', (_, char) => {
    // Put the character so that it would straddle octet 75 for every possible offset.
    for (let prefix = 60; prefix <= 75; prefix++) {
      const line = 'X'.repeat(prefix) + char.repeat(40);
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      for (const part of parts) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(folded))).toBe(folded);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
      // Greedy: a first line is only shorter than 75 octets when the next character would not fit.
      const first = parts[0] ?? '';
      expect(octets(first) + octets([...line.slice(first.length)][0] ?? '')).toBeGreaterThan(75);
    }
  });

  it('a multi-byte character exactly filling octet 75 stays on the first line', () => {
    const line = 'S'.repeat(73) + 'ä' + 'b';
    expect(foldLine(line)).toBe('S'.repeat(73) + 'ä\r\n b');
    const line2 = 'S'.repeat(74) + 'ä';
    expect(foldLine(line2)).toBe('S'.repeat(74) + '\r\n ä');
  });

  it('every line of a real export is ≤ 75 octets and ends with CRLF', () => {
    const long = `${SPECIAL} `.repeat(12);
    const text = toIcs(
      [event({ summary: long, description: long, url: `https://example.org/${'p/'.repeat(80)}` }), event({ uid: `${'u'.repeat(100)}@x`, date: '2028-02-29' })],
      { ...OPTIONS, calendarName: long, prodId: long, alarm: true },
    );
    expectWellFormed(text);
    expect(physicalLines(text).length).toBeGreaterThan(30);
    const parsed = parseIcs(text);
    expect(parsed.properties['X-WR-CALNAME']).toBe(long);
    expect(parsed.events[0]?.SUMMARY).toBe(long);
    expect(parsed.events[0]?.URL).toBe(`https://example.org/${'p/'.repeat(80)}`);
    expect(parsed.events[1]?.UID).toBe(`${'u'.repeat(100)}@x`);
  });
});

describe('parseIcs', () => {
  it('rejects malformed input', () => {
    expect(() => parseIcs('BEGIN:VEVENT\r\nEND:VEVENT\r\n')).toThrow(/BEGIN:VCALENDAR/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow(/does not close VEVENT/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\n')).toThrow(/unterminated VCALENDAR/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nno colon\r\nEND:VCALENDAR\r\n')).toThrow(/expected ":"/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nX-A:1\r\nX-A:2\r\nEND:VCALENDAR\r\n')).toThrow(/X-A occurs twice/);
  });

  it('reads quoted parameters and unfolds with a space or a tab', () => {
    const parsed = parseIcs('BEGIN:VCALENDAR\r\nX-NOTE;LANGUAGE=de;X-P="a:b;c":Hal\r\n lo\\, Wel\r\n\tt\r\nEND:VCALENDAR\r\n');
    expect(parsed.properties).toEqual({ 'X-NOTE': 'Hallo, Welt', 'X-NOTE;LANGUAGE': 'de', 'X-NOTE;X-P': 'a:b;c' });
  });
});

describe('properties (fast-check)', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: fc.constantFrom('\\', ';', ',', '\n', '\r', '\r\n', '\t', '\u0000', ':', ' ', 'ä', '€', '😀', 'x'), maxLength: 200 }),
  );
  const check = (summary: string, description: string, calendarName: string) => {
    const text = toIcs([event({ summary, description })], { ...OPTIONS, calendarName, alarm: true });
    expectWellFormed(text);
    const parsed = parseIcs(text);
    return { parsed, event: parsed.events[0] };
  };

  it('round-trips any Unicode text without control characters exactly, every line ≤ 75 octets', () => {
    // RFC 5545 TEXT forbids ASCII control characters except HTAB (and newline, which is escaped).
    const noControls = anyText.map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')); // eslint-disable-line no-control-regex
    fc.assert(
      fc.property(noControls, noControls, noControls, (summary, description, calendarName) => {
        const { parsed, event } = check(summary, description, calendarName);
        expect(event?.SUMMARY).toBe(summary);
        expect(event?.DESCRIPTION).toBe(description);
        expect(event?.['VALARM.DESCRIPTION']).toBe(summary);
        expect(parsed.properties['X-WR-CALNAME']).toBe(calendarName);
      }),
      { numRuns: 500 },
    );
  });

  it('for arbitrary strings (control characters included) the round trip gives exactly the normalised text', () => {
    fc.assert(
      fc.property(anyText, anyText, (summary, description) => {
        const { event } = check(summary, description, 'Fristen');
        expect(event?.SUMMARY).toBe(normalizeText(summary));
        expect(event?.DESCRIPTION).toBe(normalizeText(description));
      }),
      { numRuns: 500 },
    );
  });
});
