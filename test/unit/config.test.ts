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
