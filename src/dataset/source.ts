import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, Document } from 'yaml';
import { parseDutyCsv } from './duty-csv';
import { FieldPath, fieldOf, formatPath } from './path';
import type { DatasetProblem } from './problems';
import type { DatasetSource, ProblemLocation } from './dataset-source';

export type { DatasetSource, ProblemLocation } from './dataset-source';

export type SourceFormat = 'yaml' | 'json' | 'csv';

export function formatOfFile(file: string): SourceFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'json';
  if (extension === '.csv') return 'csv';
  return undefined;
}

/** Reads and parses a file; `shownAs` is the name problems use (default: the path as given). */
export function readDatasetSource(file: string, shownAs = file): DatasetSource {
  const format = formatOfFile(file);
  if (!format) {
    return failedSource(shownAs, `cannot tell the format from the extension '${path.extname(file)}': use .yaml, .yml, .json or .csv`);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return failedSource(shownAs, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // A JSON file is read again if a problem needs a line number, rather than kept in memory (a
  // province's file is hundreds of MB, twice that as a JS string) for the whole import.
  return parseDatasetText(text, shownAs, format, () => fs.readFileSync(file, 'utf8'));
}

/** `reread` gives the text again when a JSON problem needs line numbers; without it the text is kept. */
export function parseDatasetText(text: string, file: string, format: SourceFormat, reread?: () => string): DatasetSource {
  if (format === 'csv') return parseDutyCsv(text, file);
  return format === 'json' ? parseJson(text, file, reread) : parseYaml(text, file);
}

function parseYaml(text: string, file: string): DatasetSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: DatasetProblem[] = document.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    path: '(file)',
    field: '',
    message: `YAML syntax: ${error.message.split('\n')[0]}`,
  }));
  const content: unknown = problems.length > 0 ? undefined : document.toJS();
  return documentSource(file, content, problems, () => ({ document, lineCounter }));
}

/**
 * JSON.parse is many times faster than the YAML parser on a large file; the YAML parser (JSON is
 * YAML) runs only when a problem needs a line number.
 */
function parseJson(text: string, file: string, reread?: () => string): DatasetSource {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    // Node's message has no line; the YAML parser (JSON is YAML) usually finds the same fault with one.
    const lineCounter = new LineCounter();
    const [yamlError] = parseDocument(text, { lineCounter }).errors;
    const line = yamlError ? lineCounter.linePos(yamlError.pos[0]).line : undefined;
    const message = `JSON syntax: ${(error as Error).message.replace(/\s+/g, ' ')}`;
    return documentSource(file, undefined, [{ file, line, path: '(file)', field: '', message }], () => undefined);
  }
  let parsed: { document: Document; lineCounter: LineCounter } | undefined;
  const kept = reread ? undefined : text;
  return documentSource(file, content, [], () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { document: parseDocument(kept ?? reread?.() ?? '', { lineCounter }), lineCounter };
    }
    return parsed;
  });
}

function documentSource(
  file: string,
  content: unknown,
  problems: DatasetProblem[],
  positions: () => { document: Document; lineCounter: LineCounter } | undefined,
): DatasetSource {
  if (problems.length === 0 && (content === null || typeof content !== 'object' || Array.isArray(content))) {
    problems.push({ file, line: 1, path: '(file)', field: '', message: 'must be a mapping with `format: dutygraph/1` and record lists' });
  }
  const locate = (fieldPath: FieldPath): ProblemLocation => {
    const parsed = positions();
    return { line: parsed && lineOf(parsed.document, parsed.lineCounter, fieldPath), path: formatPath(fieldPath), field: fieldOf(fieldPath) };
  };
  return { file, kind: 'document', content, problems, locate };
}

/** The line of the deepest node on the path that exists (a missing field points at its record). */
function lineOf(document: Document, lineCounter: LineCounter, fieldPath: FieldPath): number | undefined {
  for (let length = fieldPath.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(fieldPath.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

function failedSource(file: string, message: string): DatasetSource {
  return {
    file,
    kind: 'document',
    content: undefined,
    problems: [{ file, path: '(file)', field: '', message }],
    locate: (fieldPath) => ({ path: formatPath(fieldPath), field: fieldOf(fieldPath) }),
  };
}
