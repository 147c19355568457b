import type { FieldPath } from './path';
import type { DatasetProblem } from './problems';

/** Where a field is; `file` only when the source combines several files (see combined-source.ts). */
export type ProblemLocation = Pick<DatasetProblem, 'line' | 'row' | 'path' | 'field' | 'sheet' | 'cell' | 'text'> & Partial<Pick<DatasetProblem, 'file'>>;

/**
 * A dataset file after parsing, before validation: its content shaped like a `dutygraph/1`
 * document (a CSV duty list already turned into `duties`), and a way to locate any field of it.
 */
export interface DatasetSource {
  /** The file as the user named it, used in every message. */
  file: string;
  kind: 'document' | 'csv' | 'list';
  content: unknown;
  /** Problems found while parsing (syntax, CSV shape); validation adds the rest. */
  problems: DatasetProblem[];
  locate(path: FieldPath): ProblemLocation;
}
