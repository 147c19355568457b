import { DATASET_FORMAT } from './records/enums';
import type { FieldPath } from './path';
import type { DatasetSource, ProblemLocation } from './source';

/**
 * Several duty lists (one workbook a town) as one source, validated and written together: one
 * check across all of them (an item code used by two towns' lists is found) and one write, all or
 * nothing. Every problem still names its own file: `locate` answers with the file the duty came from.
 */
export function combineDutySources(sources: readonly DatasetSource[], shownAs: string): DatasetSource {
  if (sources.length === 1) return sources[0]!;
  const parts: { source: DatasetSource; first: number }[] = [];
  const duties: unknown[] = [];
  for (const source of sources) {
    parts.push({ source, first: duties.length });
    duties.push(...dutiesOf(source));
  }
  const locate = (path: FieldPath): ProblemLocation => {
    const [list, index, ...rest] = path;
    if (list !== 'duties' || typeof index !== 'number') return { path: '(workbooks)', field: '' };
    const part = partHolding(parts, index);
    if (!part) return { path: '(workbooks)', field: '' };
    return { file: part.source.file, ...part.source.locate(['duties', index - part.first, ...rest]) };
  };
  return { file: shownAs, kind: 'list', content: { format: DATASET_FORMAT, duties }, problems: sources.flatMap((source) => source.problems), locate };
}

function dutiesOf(source: DatasetSource): unknown[] {
  const content = source.content as { duties?: unknown } | undefined;
  return Array.isArray(content?.duties) ? content.duties : [];
}

/** The part whose duties include `index` (parts are in order of their first duty). */
function partHolding<T extends { first: number }>(parts: readonly T[], index: number): T | undefined {
  let low = 0;
  let high = parts.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (parts[middle]!.first <= index) {
      found = parts[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
