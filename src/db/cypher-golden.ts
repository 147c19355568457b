import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import { parametersOf } from './cypher-parameters';

/** Where the golden copies of the expanded statements live (written by `npm run cypher:golden`). */
export const GOLDEN_DIR = path.join(PROJECT_ROOT, 'test', 'golden', 'cypher');

/** A golden file: two comment lines (the name, the $parameters), then the statement as sent. */
export function goldenText(name: string, statement: string): string {
  const parameters = parametersOf(statement);
  return [
    `// ${name}: as sent, fragments expanded (npm run cypher:golden rewrites this file)`,
    `// $parameters: ${parameters.length > 0 ? parameters.join(', ') : '(none)'}`,
    statement,
    '',
  ].join('\n');
}
