/**
 * `npm run cypher:show NAME` prints one statement as the catalog sends it, fragments expanded,
 * ready to paste into Neo4j Browser (set its $parameters there with `:param`).
 * `npm run cypher:show` alone lists the names.
 */
import { loadCatalog } from '../repositories/catalog';
import { parametersOf } from '../db/cypher-parameters';

const catalog = loadCatalog();
const name = process.argv[2];
if (!name) {
  process.stdout.write(`${catalog.names().join('\n')}\n`);
} else if (!catalog.names().includes(name)) {
  process.stderr.write(`No statement ${name}: the names are the paths under cypher/queries without .cypher (npm run cypher:show lists them)\n`);
  process.exitCode = 1;
} else {
  const statement = catalog.source(name);
  process.stdout.write(`// $parameters: ${parametersOf(statement).join(', ') || '(none)'}\n${statement}\n`);
}
