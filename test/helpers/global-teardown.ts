import type { LocalNeo4j } from '../../src/db/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as { __LOCAL_NEO4J__?: LocalNeo4j }).__LOCAL_NEO4J__;
  await local?.stop();
}
