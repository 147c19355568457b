import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import { splitStatements } from './cypher-catalog';
import type { Neo4jExecutor } from './executor';
import { int } from './values';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  /** Checksums of earlier texts of this migration with the same statements (only comments corrected): a graph that recorded one is up to date. */
  earlierChecksums?: readonly string[];
  statements: string[];
}

/**
 * Earlier checksums of migrations whose comments were corrected after release, statements unchanged
 * (0004, 0005: the comment named src/dataset/search-keys.ts, now src/domain/search-keys.ts). Only for
 * such a correction: a change to a statement is a new migration.
 */
export const EARLIER_CHECKSUMS: Readonly<Record<number, readonly string[]>> = {
  4: ['b6692f0bd920e8c6141c14fd2494d09601c90da52f2f6a1623b9db239a800ec5'],
  5: ['7284c5f531023005ac5f8b4db013eeebc745486d57deb82aca4d3c4e1b73b671'],
};

/** Whether the checksum a graph recorded for a migration is that of its text now, or of an earlier text with the same statements. */
export function isRecordedChecksumOf(migration: Migration, recorded: string): boolean {
  return recorded === migration.checksum || (migration.earlierChecksums ?? []).includes(recorded);
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.cypher$/;

/** Reads cypher/migrations/NNNN_name.cypher in version order. */
export function loadMigrations(dir = path.join(PROJECT_ROOT, 'cypher', 'migrations')): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match) throw new Error(`Migration file name must be NNNN_name.cypher: ${file}`);
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const version = Number(match[1]);
      return {
        version,
        name: match[2] ?? file,
        checksum: crypto.createHash('sha256').update(text).digest('hex'),
        earlierChecksums: EARLIER_CHECKSUMS[version] ?? [],
        statements: splitStatements(text),
      };
    })
    .sort((a, b) => a.version - b.version);
}

const SCHEMA_CHANGE = { advancesRevision: false } as const;

/**
 * Applies each migration not yet recorded as a (:Migration) node, in order.
 * Schema statements cannot share a transaction with writes, so each runs in its own;
 * they all use IF NOT EXISTS, so a run interrupted half-way is simply repeated.
 */
export async function applyMigrations(executor: Neo4jExecutor, migrations = loadMigrations()): Promise<MigrationReport> {
  await executor.writeWork(
    'migrations.prepare',
    (tx) => tx.runText('migrations.constraint', 'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE'),
    SCHEMA_CHANGE,
  );
  const rows = await executor.readWork('migrations.applied', (tx) =>
    tx.runText('migrations.applied', 'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum'),
  );
  const applied = new Map(rows.map((row) => [Number(row.version), String(row.checksum)]));
  const report: MigrationReport = { applied: [], alreadyApplied: [] };

  for (const migration of migrations) {
    const label = `${String(migration.version).padStart(4, '0')}_${migration.name}`;
    const recorded = applied.get(migration.version);
    if (recorded !== undefined) {
      if (!isRecordedChecksumOf(migration, recorded)) {
        throw new Error(`Migration ${label} was changed after it was applied; add a new migration instead of editing it.`);
      }
      report.alreadyApplied.push(label);
      continue;
    }
    for (const [index, statement] of migration.statements.entries()) {
      // A statement may change the schema, which cannot share its transaction with the revision's
      // write; the record below advances the revision once the migration's statements are in.
      await executor.writeWork(`migration ${label}#${index + 1}`, (tx) => tx.runText(label, statement), SCHEMA_CHANGE);
    }
    await executor.writeWork(`migration ${label} record`, (tx) =>
      tx.runText(
        'migrations.record',
        'MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
        { version: int(migration.version), name: migration.name, checksum: migration.checksum },
      ),
    );
    report.applied.push(label);
  }
  return report;
}

/** True when every migration file is recorded in the graph (used by /ready). */
export async function migrationsAreApplied(executor: Neo4jExecutor, migrations = loadMigrations()): Promise<boolean> {
  const rows = await executor.readWork('migrations.check', (tx) =>
    tx.runText('migrations.check', 'MATCH (m:Migration) RETURN collect(m.version) AS versions'),
  );
  const versions = new Set(((rows[0]?.versions as number[] | undefined) ?? []).map(Number));
  return migrations.every((migration) => versions.has(migration.version));
}
