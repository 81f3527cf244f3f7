/**
 * The URL parameters that steer the app rather than give answers: the embedding contract of README
 * "Einbetten". Every other parameter is read as an answer (prefill) and checked like a typed one.
 */
export const CONTROL_PARAMETERS = {
  lang: 'language (de, en)',
  primary: 'primary colour, hex, kept only with 4.5:1 contrast to white',
  font: 'font family list',
  programs: 'show only these program ids',
  levels: 'show only these funder levels',
  parent: 'the parent origin, for browsers without location.ancestorOrigins',
} as const satisfies Record<string, string>;

export type ControlParameter = keyof typeof CONTROL_PARAMETERS;

/** Is this query parameter one of the app's own (not an answer)? */
export const isControlParameter = (key: string): key is ControlParameter => Object.hasOwn(CONTROL_PARAMETERS, key);
