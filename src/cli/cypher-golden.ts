/**
 * `npm run cypher:golden` rewrites test/golden/cypher/<name>.cypher: every statement of the catalog
 * as it is sent, fragments expanded, with the $parameters it reads. test/unit/cypher-golden.test.ts
 * compares them; after changing a statement or a fragment, run this and review the diff as text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../repositories/catalog';
import { GOLDEN_DIR, goldenText } from '../db/cypher-golden';

const catalog = loadCatalog();
fs.rmSync(GOLDEN_DIR, { recursive: true, force: true });
for (const name of catalog.names()) {
  const file = path.join(GOLDEN_DIR, `${name}.cypher`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, goldenText(name, catalog.source(name)));
}
process.stdout.write(`${catalog.names().length} statements written to ${path.relative(process.cwd(), GOLDEN_DIR)}\n`);
