import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import { compactCypher } from './cypher-compact';
import { expandFragments, loadFragments, Vocabulary } from './cypher-fragments';

/**
 * The named Cypher statements of cypher/queries, read once at start, with the fragments of
 * cypher/fragments expanded (see cypher-fragments.ts); `npm run cypher:show NAME` prints one.
 * A statement is named by its path without the extension: `duty/who-is-responsible`. `get` gives
 * the text sent (compacted: cypher-compact.ts), `source` the text to read (comments kept).
 * The fragments that repeat per label need the model's labels: repositories/catalog.ts loads the
 * catalog with them (this layer does not import the domain).
 */
export class CypherCatalog {
  private constructor(
    private readonly sources: ReadonlyMap<string, string>,
    private readonly statements: ReadonlyMap<string, string> = new Map([...sources].map(([name, text]) => [name, compactCypher(text)])),
  ) {}

  static load(
    root = path.join(PROJECT_ROOT, 'cypher', 'queries'),
    fragmentsDir = path.join(PROJECT_ROOT, 'cypher', 'fragments'),
    vocabulary: Vocabulary = {},
  ): CypherCatalog {
    const fragments = loadFragments(fragmentsDir, relativeToProject(fragmentsDir));
    const statements = new Map<string, string>();
    for (const file of listCypherFiles(root)) {
      const name = path.relative(root, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      statements.set(name, expandFragments(fs.readFileSync(file, 'utf8'), relativeToProject(file), fragments, 1, [], vocabulary).trim());
    }
    return new CypherCatalog(statements);
  }

  /** Fails at start, naming every missing file, rather than mid-request. */
  require(names: readonly string[]): void {
    const missing = names.filter((name) => !this.statements.has(name));
    if (missing.length > 0) {
      throw new Error(`Missing Cypher files: ${missing.map((name) => `cypher/queries/${name}.cypher`).join(', ')}`);
    }
  }

  /** The statement as it is sent: fragments expanded, comments and indentation dropped. */
  get(name: string): string {
    const statement = this.statements.get(name);
    if (statement === undefined) throw new Error(`Missing Cypher file: cypher/queries/${name}.cypher`);
    return statement;
  }

  /** The statement as it is read: fragments expanded, comments and layout kept (cypher:show, the golden files). */
  source(name: string): string {
    const statement = this.sources.get(name);
    if (statement === undefined) throw new Error(`Missing Cypher file: cypher/queries/${name}.cypher`);
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}

function relativeToProject(file: string): string {
  return path.relative(PROJECT_ROOT, file).replace(/\\/g, '/');
}

function listCypherFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/** Splits a migration file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((chunk) =>
      chunk
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
