/**
 * The JSON answers shown in the README, with their elisions, as patterns an actual answer can
 * be matched against:
 * - `…` among array items stands for any number of items there; `… N in all` also says the
 *   array has N items. An array without `…` must match item for item.
 * - `…` inside a string stands for any text (`"change:…"`).
 * - An object matches when every key it shows matches (keys it does not show are not checked).
 */
export type Pattern =
  | { kind: 'value'; value: string | number | boolean | null }
  | { kind: 'text'; pattern: RegExp; shown: string }
  | { kind: 'object'; entries: [string, Pattern][] }
  | { kind: 'array'; items: (Pattern | Elision)[]; total?: number };

export interface Elision {
  kind: 'elision';
}

const ELLIPSIS = '…';

class ShownJsonParser {
  private at = 0;

  constructor(private readonly text: string) {}

  parse(): Pattern {
    const pattern = this.value();
    this.skipSpace();
    if (this.at < this.text.length) this.fail('text after the value');
    return pattern;
  }

  private value(): Pattern {
    this.skipSpace();
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    const literal = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.at));
    if (!literal) this.fail('a value');
    this.at += literal[0].length;
    return { kind: 'value', value: JSON.parse(literal[0]) as string | number | boolean | null };
  }

  private object(): Pattern {
    this.expect('{');
    const entries: [string, Pattern][] = [];
    while (!this.take('}')) {
      this.skipSpace();
      const key = this.string();
      if (key.kind !== 'value' || typeof key.value !== 'string') this.fail('a key without …');
      this.expect(':');
      entries.push([key.value, this.value()]);
      this.take(',');
    }
    return { kind: 'object', entries };
  }

  private array(): Pattern {
    this.expect('[');
    const items: (Pattern | Elision)[] = [];
    let total: number | undefined;
    while (!this.take(']')) {
      this.skipSpace();
      if (this.text.startsWith(ELLIPSIS, this.at)) {
        this.at += ELLIPSIS.length;
        const inAll = /^\s*(\d+) in all/.exec(this.text.slice(this.at));
        if (inAll) {
          total = Number(inAll[1]);
          this.at += inAll[0].length;
        }
        items.push({ kind: 'elision' });
      } else {
        items.push(this.value());
      }
      this.take(',');
    }
    return { kind: 'array', items, ...(total === undefined ? {} : { total }) };
  }

  private string(): Pattern {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(this.text.slice(this.at));
    if (!match) this.fail('a string');
    this.at += match[0].length;
    const value = JSON.parse(match[0]) as string;
    if (!value.includes(ELLIPSIS)) return { kind: 'value', value };
    const parts = value.split(ELLIPSIS).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { kind: 'text', pattern: new RegExp(`^${parts.join('.*')}$`, 's'), shown: value };
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at += 1;
  }

  private take(char: string): boolean {
    this.skipSpace();
    if (this.text[this.at] !== char) return false;
    this.at += 1;
    return true;
  }

  private expect(char: string): void {
    if (!this.take(char)) this.fail(`'${char}'`);
  }

  private fail(expected: string): never {
    throw new Error(`shown JSON: expected ${expected} at ${this.at}: ${this.text.slice(this.at, this.at + 40)}`);
  }
}

export function parseShownJson(text: string): Pattern {
  return new ShownJsonParser(text).parse();
}

/** Where `actual` differs from what the pattern shows, one line per difference; empty when it matches. */
export function differences(pattern: Pattern, actual: unknown, path = '$'): string[] {
  switch (pattern.kind) {
    case 'value':
      return actual === pattern.value ? [] : [`${path}: shown ${JSON.stringify(pattern.value)}, answered ${JSON.stringify(actual)}`];
    case 'text':
      return typeof actual === 'string' && pattern.pattern.test(actual) ? [] : [`${path}: shown "${pattern.shown}", answered ${JSON.stringify(actual)}`];
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${path}: shown an object, answered ${JSON.stringify(actual)}`];
      const record = actual as Record<string, unknown>;
      return pattern.entries.flatMap(([key, value]) => (key in record ? differences(value, record[key], `${path}.${key}`) : [`${path}.${key}: shown, but not answered`]));
    }
    case 'array':
      return arrayDifferences(pattern, actual, path);
  }
}

function arrayDifferences(pattern: Extract<Pattern, { kind: 'array' }>, actual: unknown, path: string): string[] {
  if (!Array.isArray(actual)) return [`${path}: shown a list, answered ${JSON.stringify(actual)}`];
  const problems: string[] = [];
  if (pattern.total !== undefined && actual.length !== pattern.total) problems.push(`${path}: shown ${pattern.total} in all, answered ${actual.length}`);
  const shown = pattern.items.filter((item): item is Pattern => item.kind !== 'elision');
  if (shown.length === pattern.items.length) {
    if (actual.length !== shown.length) return [...problems, `${path}: shown ${shown.length} items, answered ${actual.length}`];
    return [...problems, ...shown.flatMap((item, i) => differences(item, actual[i], `${path}[${i}]`))];
  }
  return [...problems, ...elidedDifferences(pattern.items, actual, path)];
}

/**
 * Shown items must appear in the answer in the shown order; an end without `…` is anchored
 * (the first shown item is the answer's first, the last its last).
 */
function elidedDifferences(items: (Pattern | Elision)[], actual: unknown[], path: string): string[] {
  const anchoredStart = items[0]?.kind !== 'elision';
  const anchoredEnd = items[items.length - 1]?.kind !== 'elision';
  const shown = items.filter((item): item is Pattern => item.kind !== 'elision');
  let next = 0;
  for (const [i, item] of shown.entries()) {
    const anchor = i === 0 && anchoredStart ? 0 : i === shown.length - 1 && anchoredEnd ? actual.length - 1 : undefined;
    if (anchor !== undefined) {
      const problems = anchor >= next ? differences(item, actual[anchor], `${path}[${anchor}]`) : [`${path}: the answer is shorter than shown`];
      if (problems.length > 0) return problems;
      next = anchor + 1;
      continue;
    }
    const found = range(next, actual.length - 1).find((index) => differences(item, actual[index], path).length === 0);
    if (found === undefined) return [`${path}: shown item ${i + 1} of ${shown.length} is not in the answer, in that order`];
    next = found + 1;
  }
  return [];
}

function range(from: number, to: number): number[] {
  const indexes: number[] = [];
  for (let i = from; i <= to; i += 1) indexes.push(i);
  return indexes;
}
