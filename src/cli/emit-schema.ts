import 'reflect-metadata';
import fs from 'node:fs';
import { buildDutygraphSchema, printDutygraphSchema, SCHEMA_FILE } from '../graphql/schema';

/** Writes schema/schema.graphql from the code; a unit test fails when the committed file is stale. */
async function main(): Promise<void> {
  const sdl = printDutygraphSchema(await buildDutygraphSchema());
  fs.writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`wrote ${SCHEMA_FILE} (${sdl.split('\n').length} lines)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`emit-schema: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
