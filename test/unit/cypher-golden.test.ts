import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../../src/repositories/catalog';
import { GOLDEN_DIR, goldenText } from '../../src/db/cypher-golden';
import { compactCypher } from '../../src/db/cypher-compact';

/**
 * Every statement as the catalog sends it (fragments expanded) and the $parameters it reads, kept as
 * text in test/golden/cypher/ (in the spirit of neo4j/graphql's tests/tck/): a change to a statement
 * or a fragment shows here as a diff to review. `npm run cypher:golden` rewrites them.
 */
const catalog = loadCatalog();

function goldenFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? goldenFiles(full) : [path.relative(GOLDEN_DIR, full).replace(/\\/g, '/').replace(/\.cypher$/, '')];
  });
}

describe('golden Cypher statements (test/golden/cypher; npm run cypher:golden rewrites them)', () => {
  it('has one golden file for each statement and none for a statement that is gone', () => {
    expect(goldenFiles(GOLDEN_DIR).sort()).toEqual(catalog.names());
  });

  it.each(catalog.names())('%s reads as its golden file says, and is sent compacted', (name) => {
    const golden = fs.readFileSync(path.join(GOLDEN_DIR, `${name}.cypher`), 'utf8');
    expect(goldenText(name, catalog.source(name))).toBe(golden);
    expect(catalog.get(name)).toBe(compactCypher(catalog.source(name)));
  });

  it('leaves no fragment call unexpanded', () => {
    expect(catalog.names().filter((name) => catalog.source(name).includes('/*@'))).toEqual([]);
  });
});
