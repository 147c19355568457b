import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root (the folder with package.json): cypher/, data/ and neo4j-local/ are read
 * relative to it, whether the code runs from src/ under ts-node or from dist/ after `tsc`.
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project root (package.json with cypher/) above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
