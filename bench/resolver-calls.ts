import 'reflect-metadata';
import crypto from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { signToken } from '../src/auth/tokens';
import { generateTowns } from '../src/dataset/generate-towns';
import * as schemaModule from '../src/graphql/schema';
import { startApp } from '../src/app';
import { loadConfig, LogLevel } from '../src/config';
import { createLogger } from '../src/logger';
import { openBenchDatabase } from './lib/bench-database';
import { benchInputs, today } from './lib/bench';
import { readSampleDataset, sampleFile } from './lib/import-bench';
import { OPERATION_SPECS, OperationName } from './lib/operations';

/**
 * Counts, per request of each bench operation, how much of the stack runs per field value (counts, not
 * time, so they hold on a shared machine): field resolvers graphql-js calls, type-graphql resolver
 * wrappers entered (`applyMiddlewares`), of them the async middleware chains (a middleware or an
 * `@Authorized` check on that field), and auth checks. On the bench Neo4j (`npm run bench:cpu` imports its towns).
 *
 *   npx ts-node --transpile-only bench/resolver-calls.ts [--operations a,b]
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const helpers = require(require('node:path').join(require('node:path').dirname(require.resolve('type-graphql')), 'resolvers', 'helpers.js')) as { applyMiddlewares: (container: unknown, data: unknown, middlewares: unknown[], handler: unknown) => unknown };
const counts = { fields: 0, wrappers: 0, chains: 0, transactions: 0, statements: 0 };
const applyMiddlewares = helpers.applyMiddlewares;
helpers.applyMiddlewares = (container: unknown, data: unknown, middlewares: unknown[], handler: unknown) => {
  counts.wrappers += 1;
  if (middlewares.length > 0) counts.chains += 1;
  return applyMiddlewares(container, data, middlewares, handler);
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const driver = require('neo4j-driver') as { Session: { prototype: Record<string, (...args: unknown[]) => unknown> }; ManagedTransaction: { prototype: Record<string, (...args: unknown[]) => unknown> } };
for (const method of ['executeRead', 'executeWrite']) {
  const original = driver.Session.prototype[method];
  driver.Session.prototype[method] = function (this: unknown, ...args: unknown[]) {
    counts.transactions += 1;
    return original.apply(this, args);
  };
}
const run = driver.ManagedTransaction.prototype.run;
driver.ManagedTransaction.prototype.run = function (this: unknown, ...args: unknown[]) {
  counts.statements += 1;
  return run.apply(this, args);
};

function countFieldCalls(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => {
        counts.fields += 1;
        return resolve ? resolve(source, args, context, info) : (source as Record<string, unknown>)?.[info.fieldName];
      };
    }
  }
  return schema;
}

async function main(): Promise<void> {
  const build = schemaModule.buildDutygraphSchema;
  (schemaModule as { buildDutygraphSchema: () => Promise<GraphQLSchema> }).buildDutygraphSchema = async () => countFieldCalls(await build());
  const operations = String(process.argv.find((arg) => arg.startsWith('--operations='))?.split('=')[1] ?? 'whoIsResponsible,personNested,stationPartyRelations,dutyAudit').split(',') as OperationName[];
  const database = await openBenchDatabase({ uri: process.env.NEO4J_URI });
  const jwtSecret = crypto.randomBytes(32).toString('hex');
  const config = loadConfig({ ...process.env, NEO4J_URI: database.uri, PORT: '0', HOST: '127.0.0.1', JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const app = await startApp(config, database.uri, createLogger(config.logLevel as LogLevel));
  try {
    const token = await signToken(jwtSecret, 'bench', ['discipline'], '2h');
    const inputs = benchInputs(generateTowns(readSampleDataset(sampleFile()), 1, { dutiesPerTown: 250, seed: 1, idPrefix: '' }), '', today());
    for (const operation of operations) {
      const spec = OPERATION_SPECS[operation];
      const samples = spec.inputs(inputs).slice(0, 10);
      const before = { ...counts };
      let bytes = 0;
      for (const input of samples) {
        const response = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: spec.service!.query, variables: spec.service!.variables(input) }),
        });
        bytes += (await response.text()).length;
      }
      const per = (key: keyof typeof counts) => ((counts[key] - before[key]) / samples.length).toFixed(1);
      process.stdout.write(`${operation.padEnd(22)} per request: ${per('fields')} field resolver calls, ${per('wrappers')} type-graphql wrappers, ${per('chains')} async middleware chains, ${per('transactions')} transactions, ${per('statements')} statements; ${Math.round(bytes / samples.length)} bytes\n`);
    }
  } finally {
    await app.stop();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
