import { splitStatements } from '../../src/db/cypher-catalog';
import { loadCatalog } from '../../src/repositories/catalog';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EARLIER_CHECKSUMS, isRecordedChecksumOf, loadMigrations } from '../../src/db/migrations';
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

  it('accepts the checksum a graph recorded for an earlier text of a migration only where its statements are the same (a comment corrected)', () => {
    const migrations = loadMigrations();
    const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
    for (const [version, checksums] of Object.entries(EARLIER_CHECKSUMS)) {
      const migration = migrations.find((candidate) => candidate.version === Number(version))!;
      const file = fs.readdirSync(path.join(__dirname, '../../cypher/migrations')).find((name) => name.startsWith(String(version).padStart(4, '0')))!;
      // The earlier text named the old path of the search keys in a comment; nothing else differed.
      const earlier = fs.readFileSync(path.join(__dirname, '../../cypher/migrations', file), 'utf8').replace('src/domain/search-keys.ts', 'src/dataset/search-keys.ts');
      expect(checksums).toEqual([sha(earlier)]);
      expect(splitStatements(earlier)).toEqual(migration.statements);
      expect(isRecordedChecksumOf(migration, checksums[0]!)).toBe(true);
    }
    const first = migrations[0]!;
    expect(isRecordedChecksumOf(first, first.checksum)).toBe(true);
    expect(isRecordedChecksumOf(first, EARLIER_CHECKSUMS[4]![0]!)).toBe(false);
  });

  it('has a file for every statement a repository names', () => {
    expect(() => loadCatalog().require(REQUIRED_QUERIES)).not.toThrow();
  });

  it('never builds Cypher from strings: query files use $parameters, not template placeholders', () => {
    const catalog = loadCatalog();
    const templated = catalog.names().filter((name) => /\$\{|\+\s*'|'\s*\+/.test(catalog.get(name)));
    expect(templated).toEqual([]);
  });

  it('names a missing file at start', () => {
    expect(() => loadCatalog().require(['no/such-query'])).toThrow('cypher/queries/no/such-query.cypher');
  });
});
