import { boundsOf, type Bounds } from './bounds';
import type { Answers, Catalogue, Expr, FactValue, Truth } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
type Op = Extract<Expr, { kind: 'fact' }>['op'];

const isStringList = (v: unknown): v is readonly string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function ok(b: boolean): Truth {
  return b ? 'met' : 'failed';
}

function some(list: readonly string[], has: readonly string[]): boolean {
  for (const v of list) if (has.includes(v)) return true;
  return false;
}

function every(list: readonly string[], has: readonly string[]): boolean {
  for (const v of list) if (!has.includes(v)) return false;
  return true;
}

/** One comparison; a missing or ill-typed answer is unknown, never an error. */
function compare(op: Op, actual: FactValue | undefined, expected: unknown): Truth {
  if (actual === undefined || actual === null) return 'unknown';
  switch (op) {
    case 'is':
      return typeof actual === 'boolean' ? ok(actual === expected) : 'unknown';
    case 'equals':
      return typeof actual === typeof expected ? ok(actual === expected) : 'unknown';
    case 'in':
      return typeof actual === 'string' && isStringList(expected) ? ok(expected.includes(actual)) : 'unknown';
    case 'includes_any':
      return isStringList(actual) && isStringList(expected) ? ok(some(expected, actual)) : 'unknown';
    case 'includes_all':
      return isStringList(actual) && isStringList(expected) ? ok(every(expected, actual)) : 'unknown';
    case 'min':
      return typeof actual === 'number' && Number.isFinite(actual) ? ok(actual >= (expected as number)) : 'unknown';
    case 'max':
      return typeof actual === 'number' && Number.isFinite(actual) ? ok(actual <= (expected as number)) : 'unknown';
    case 'before':
      return typeof actual === 'string' && DATE.test(actual) ? ok(actual < (expected as string)) : 'unknown';
    case 'on_or_after':
      return typeof actual === 'string' && DATE.test(actual) ? ok(actual >= (expected as string)) : 'unknown';
  }
}

/** `min`/`max` against a value known only within bounds: decided where the whole interval agrees. */
function compareBounds(op: Op, b: Bounds, expected: unknown): Truth {
  if (typeof expected !== 'number') return 'unknown';
  if (op === 'min') return b.lo >= expected ? 'met' : b.hi < expected ? 'failed' : 'unknown';
  if (op === 'max') return b.hi <= expected ? 'met' : b.lo > expected ? 'failed' : 'unknown';
  return 'unknown';
}

/**
 * Kleene's strong three-valued logic: `all` fails if any item fails, `any` is met if any item
 * is met; otherwise an unknown item makes the whole unknown.
 */
export function evalExpr(expr: Expr, answers: Answers, catalogue: Catalogue, depth = 0): Truth {
  if (depth > 64) return 'unknown';
  switch (expr.kind) {
    case 'fact': {
      const actual = Object.hasOwn(answers, expr.fact) ? answers[expr.fact] : undefined;
      if (actual === undefined && (expr.op === 'min' || expr.op === 'max')) {
        const b = boundsOf(expr.fact, answers, catalogue);
        if (b) return compareBounds(expr.op, b, expr.value);
      }
      return compare(expr.op, actual, expr.value);
    }
    case 'all': {
      let open = false;
      for (const e of expr.items) {
        const r = evalExpr(e, answers, catalogue, depth + 1);
        if (r === 'failed') return 'failed';
        if (r === 'unknown') open = true;
      }
      return open ? 'unknown' : 'met';
    }
    case 'any': {
      let open = false;
      for (const e of expr.items) {
        const r = evalExpr(e, answers, catalogue, depth + 1);
        if (r === 'met') return 'met';
        if (r === 'unknown') open = true;
      }
      return open ? 'unknown' : 'failed';
    }
    case 'not': {
      const r = evalExpr(expr.item, answers, catalogue, depth + 1);
      return r === 'met' ? 'failed' : r === 'failed' ? 'met' : 'unknown';
    }
    case 'condition': {
      const c = Object.hasOwn(catalogue.conditions, expr.id) ? catalogue.conditions[expr.id] : undefined;
      return c ? evalExpr(c.rule, answers, catalogue, depth + 1) : 'unknown';
    }
  }
}

/** Every fact an expression reads, following shared conditions. */
export function factsOf(expr: Expr, catalogue: Catalogue, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 64) return into;
  switch (expr.kind) {
    case 'fact':
      into.add(expr.fact);
      break;
    case 'all':
    case 'any':
      for (const e of expr.items) factsOf(e, catalogue, into, depth + 1);
      break;
    case 'not':
      factsOf(expr.item, catalogue, into, depth + 1);
      break;
    case 'condition': {
      const c = catalogue.conditions[expr.id];
      if (c) factsOf(c.rule, catalogue, into, depth + 1);
    }
  }
  return into;
}
