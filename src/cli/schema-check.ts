import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_FILE } from '../graphql/schema';
import { breakingChanges, CHANGELOG_FILE, newestRelease, unlistedBreakingChanges } from '../graphql/schema-releases';

/**
 * `npm run schema:check`: compares the committed SDL with the newest release and fails when a
 * breaking change is not named in CHANGELOG.md's "Unreleased" section.
 */
async function main(): Promise<void> {
  const release = newestRelease();
  const changes = await breakingChanges(fs.readFileSync(release.file, 'utf8'), fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const unlisted = unlistedBreakingChanges(changes, fs.readFileSync(CHANGELOG_FILE, 'utf8'));
  const against = path.relative(process.cwd(), release.file);
  process.stdout.write(`${changes.length} breaking change(s) since ${against}, ${unlisted.length} not named in CHANGELOG.md\n`);
  for (const change of unlisted) process.stdout.write(`  \`${change.path}\`: ${change.message}\n`);
  if (unlisted.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema-check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
