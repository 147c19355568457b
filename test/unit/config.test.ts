import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.localNeo4j.dataDir).toBe('.data/neo4j');
  });

  it('accepts routing and single-server URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://cluster.example.org' }).neo4j.uri).toBe('neo4j+s://cluster.example.org');
    expect(loadConfig({ NEO4J_URI: 'bolt://localhost:7687' }).neo4j.uri).toBe('bolt://localhost:7687');
  });

  it('reports every bad value, one line each, naming the variable', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud', NEO4J_TX_TIMEOUT_MS: '-5' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT must be a whole number/);
    expect(problems.join('\n')).toMatch(/NEO4J_URI must look like bolt:\/\//);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(problems.join('\n')).toMatch(/NEO4J_TX_TIMEOUT_MS/);
  });
});

describe('loadConfig: faults', () => {
  it('puts the request deadline a few seconds above the transaction timeout by default', () => {
    expect(loadConfig({}).neo4j.requestDeadlineMs).toBe(20_000);
    expect(loadConfig({ NEO4J_TX_TIMEOUT_MS: '4000' }).neo4j.requestDeadlineMs).toBe(9_000);
    expect(loadConfig({}).neo4j).toMatchObject({ maxWaiting: 200, startupTimeoutMs: 600_000 });
    expect(loadConfig({}).localNeo4j.restarts).toBe(5);
  });

  it('refuses a deadline that is not above the transaction timeout, and bad numbers, one line each', () => {
    let caught: unknown;
    try {
      loadConfig({ NEO4J_TX_TIMEOUT_MS: '15000', REQUEST_DEADLINE_MS: '10000', NEO4J_MAX_WAITING: '-1', NEO4J_STARTUP_TIMEOUT_MS: 'forever', NEO4J_LOCAL_RESTARTS: '1000' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/REQUEST_DEADLINE_MS \(10000\) must be larger than NEO4J_TX_TIMEOUT_MS \(15000\)/);
    expect(problems.join('\n')).toMatch(/NEO4J_MAX_WAITING must be a whole number/);
    expect(problems.join('\n')).toMatch(/NEO4J_STARTUP_TIMEOUT_MS must be a whole number/);
    expect(problems.join('\n')).toMatch(/NEO4J_LOCAL_RESTARTS must be a whole number from 0 to 100/);
  });
});
