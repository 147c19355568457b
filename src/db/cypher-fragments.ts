import fs from 'node:fs';
import path from 'node:path';

/**
 * Named Cypher fragments, written once in cypher/fragments/<name>.cypher and expanded into the
 * statements when the catalog loads them at start (static text; values still travel as $params).
 *
 * A statement calls a fragment with a block comment, arguments by name:
 *     WHERE /*@ valid-on(x: r, day: day) *\/
 * A fragment file opens with `//` lines: what it means, then one `// @param name  meaning` per
 * argument; the rest is its text, which names each argument as `@name`:
 *     @x.from <= @day AND (@x.to IS NULL OR @day < @x.to)
 * An argument is a variable, a $parameter or a key of one ($lookup.include.office: like a
 * parameter, it is seen inside every subquery). A fragment may call others. The expansion replaces
 * the comment; the lines after the first take the indentation of the line the call is on.
 * A fragment whose header has `// @each-label SEPARATOR` is written once and expanded once per
 * label of the model (src/domain/model.ts, handed to the catalog by repositories/catalog.ts), its
 * text naming the label as `@label`, the copies joined by SEPARATOR: a keyword (`UNION`) starts each
 * copy after the first on a line of its own, `,` joins them on one line. That is how a statement
 * looks an id up under every label and still seeks each label's id index (Cypher takes no label as
 * a $parameter).
 * An unknown fragment, a missing or unexpected argument, or an undeclared `@name` fails at load,
 * naming the file and line.
 */
export interface Fragment {
  name: string;
  /** The file, relative to the project root, for error messages. */
  file: string;
  params: string[];
  /** The text after the header, with `@param` placeholders. */
  body: string;
  /** The line of the body's first line in the file (1-based). */
  bodyLine: number;
  /** Set for an `// @each-label SEPARATOR` fragment: expanded once per label, joined by this. */
  eachLabel?: string;
}

export type Fragments = ReadonlyMap<string, Fragment>;

/** What the expansion knows besides the fragments: the model's labels, for `@each-label` fragments. */
export interface Vocabulary {
  labels?: readonly string[];
}

const CALL = /\/\*@\s*([\s\S]*?)\s*\*\//g;
const CALL_SHAPE = /^([a-z][a-z0-9-]*)\s*\(([\s\S]*)\)$/;
const ARGUMENT = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;
const PLACEHOLDER = /(?<!\/\*)@([A-Za-z_][A-Za-z0-9_]*)/g;
const PARAM_LINE = /^\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\b/;
const EACH_LABEL_LINE = /^\/\/\s*@each-label\s+(\S.*?)\s*$/;
/** The placeholder an `@each-label` fragment names its label by. */
const LABEL = 'label';

/** Reads every cypher/fragments/*.cypher file; `label` names files in errors (e.g. `cypher/fragments`). */
export function loadFragments(dir: string, label: string): Fragments {
  const fragments = new Map<string, Fragment>();
  if (!fs.existsSync(dir)) return fragments;
  for (const entry of fs.readdirSync(dir).sort()) {
    if (!entry.endsWith('.cypher')) continue;
    const fragment = parseFragment(entry.replace(/\.cypher$/, ''), `${label}/${entry}`, fs.readFileSync(path.join(dir, entry), 'utf8'));
    fragments.set(fragment.name, fragment);
  }
  return fragments;
}

export function parseFragment(name: string, file: string, text: string): Fragment {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  let header = 0;
  while (header < lines.length && lines[header].trim().startsWith('//')) header += 1;
  const params = lines.slice(0, header).flatMap((line) => PARAM_LINE.exec(line.trim())?.[1] ?? []);
  const eachLabel = lines.slice(0, header).flatMap((line) => EACH_LABEL_LINE.exec(line.trim())?.[1] ?? [])[0];
  const body = lines.slice(header).join('\n').trim();
  const bodyLine = header + 1 + (lines.slice(header).findIndex((line) => line.trim() !== '') >>> 0);
  if (body === '') throw new Error(`${file}: fragment ${name} has no text after its // header`);
  for (const { value, line } of matches(PLACEHOLDER, body)) {
    if (!params.includes(value[1]) && !(eachLabel !== undefined && value[1] === LABEL)) {
      throw new Error(`${file}:${bodyLine + line}: @${value[1]} is not a parameter of fragment ${name} (declare it: // @param ${value[1]} …)`);
    }
  }
  for (const param of params) {
    if (!new RegExp(`@${param}(?![A-Za-z0-9_])`).test(body)) throw new Error(`${file}: fragment ${name} never uses its @param ${param}`);
  }
  if (eachLabel !== undefined && !body.includes(`@${LABEL}`)) throw new Error(`${file}: fragment ${name} repeats per label (@each-label) but never names @${LABEL}`);
  return { name, file, params, body, bodyLine, ...(eachLabel !== undefined ? { eachLabel } : {}) };
}

/** The text with every fragment call replaced by the fragment's text; `file` names the text in errors. */
export function expandFragments(
  text: string,
  file: string,
  fragments: Fragments,
  firstLine = 1,
  calling: readonly string[] = [],
  vocabulary: Vocabulary = {},
): string {
  return text.replace(CALL, (call: string, inside: string, offset: number) => {
    // A call quoted in a `//` comment stays as written.
    if (text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).includes('//')) return call;
    const at = `${file}:${firstLine - 1 + lineOf(text, offset)}`;
    const shape = CALL_SHAPE.exec(inside);
    if (!shape) throw new Error(`${at}: a fragment call reads /*@ name(param: value, …) */, not ${call}`);
    const [, name, argumentText] = shape;
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`${at}: unknown fragment ${name} (no cypher/fragments/${name}.cypher)`);
    if (calling.includes(name)) throw new Error(`${at}: fragment ${name} calls itself (${[...calling, name].join(' → ')})`);
    const args = parseArguments(argumentText, at);
    const missing = fragment.params.filter((param) => !args.has(param));
    if (missing.length > 0) throw new Error(`${at}: fragment ${name} needs argument ${missing.join(', ')}`);
    const unexpected = [...args.keys()].filter((key) => !fragment.params.includes(key));
    if (unexpected.length > 0) throw new Error(`${at}: fragment ${name} has no parameter ${unexpected.join(', ')}`);
    const expand = (label?: string) => {
      const substituted = fragment.body.replace(PLACEHOLDER, (_, param: string) => (param === LABEL && label !== undefined ? label : (args.get(param) as string)));
      return expandFragments(substituted, fragment.file, fragments, fragment.bodyLine, [...calling, name], vocabulary);
    };
    let expanded: string;
    if (fragment.eachLabel === undefined) {
      expanded = expand();
    } else {
      if (!vocabulary.labels || vocabulary.labels.length === 0) throw new Error(`${at}: fragment ${name} repeats per label, but the catalog was loaded without the model's labels (repositories/catalog.ts loadCatalog)`);
      expanded = vocabulary.labels.map((label) => expand(label)).join(joinerOf(fragment.eachLabel));
    }
    return indentAfterFirstLine(expanded, indentationAt(text, offset));
  });
}

/** `,` joins the copies on one line; a keyword (`UNION`, `UNION ALL`) starts each later copy on a line of its own. */
function joinerOf(separator: string): string {
  return /^[A-Za-z]/.test(separator) ? `\n${separator} ` : `${separator} `;
}

function parseArguments(text: string, at: string): Map<string, string> {
  const args = new Map<string, string>();
  if (text.trim() === '') return args;
  for (const part of text.split(',')) {
    const argument = ARGUMENT.exec(part.trim());
    if (!argument) throw new Error(`${at}: a fragment argument reads name: variable, name: $param or name: $param.key, not "${part.trim()}"`);
    if (args.has(argument[1])) throw new Error(`${at}: argument ${argument[1]} is given twice`);
    args.set(argument[1], argument[2]);
  }
  return args;
}

function* matches(pattern: RegExp, text: string): Generator<{ value: RegExpExecArray; line: number }> {
  for (const value of text.matchAll(pattern)) yield { value, line: lineOf(text, value.index) - 1 };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

function indentAfterFirstLine(text: string, indentation: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : indentation + line))
    .join('\n');
}
