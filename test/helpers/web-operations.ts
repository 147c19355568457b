import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/** Where the web app keeps every operation it sends, one file per page. */
export const WEB_OPERATIONS_DIR = path.join(PROJECT_ROOT, 'web', 'src', 'graphql');

/** Every exported operation of web/src/graphql/*.ts, named `file: EXPORT`, with its text. */
export function webOperations(): { file: string; name: string; text: string }[] {
  return fs
    .readdirSync(WEB_OPERATIONS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      Object.entries(require(path.join(WEB_OPERATIONS_DIR, file)) as Record<string, unknown>)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([name, text]) => ({ file, name, text })),
    );
}
