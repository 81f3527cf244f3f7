/** One problem found in a rule file, with the place an editor can jump to. */
export interface RuleIssue {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** `rules/programs/x.yaml:12:5: reason` — the form editors and CI logs link to. */
export function formatIssue(issue: RuleIssue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.message}`;
}

/** Thrown by the build when the rules have issues; its message lists all of them. */
export class RuleError extends Error {
  constructor(readonly issues: readonly RuleIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'RuleError';
  }
}
