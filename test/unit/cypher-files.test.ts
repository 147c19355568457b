import { CypherCatalog, splitStatements } from '../../src/db/cypher-catalog';
import { loadMigrations } from '../../src/db/migrations';
import { REQUIRED_QUERIES } from '../../src/services';

describe('Cypher files', () => {
  it('splits a migration into statements and drops comment lines', () => {
    const text = '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)']);
  });

  it('has migrations numbered from 1 without gaps', () => {
    const versions = loadMigrations().map((migration) => migration.version);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
  });

  it('has a file for every statement a repository names', () => {
    expect(() => CypherCatalog.load().require(REQUIRED_QUERIES)).not.toThrow();
  });

  it('never builds Cypher from strings: query files use $parameters, not template placeholders', () => {
    const catalog = CypherCatalog.load();
    const templated = catalog.names().filter((name) => /\$\{|\+\s*'|'\s*\+/.test(catalog.get(name)));
    expect(templated).toEqual([]);
  });

  it('names a missing file at start', () => {
    expect(() => CypherCatalog.load().require(['no/such-query'])).toThrow('cypher/queries/no/such-query.cypher');
  });
});
