import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';

interface ComposeService {
  image?: string;
  build?: unknown;
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

/** docker-compose cannot run on the development machines (no Docker engine); this checks its shape. */
describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, ComposeService>;
    volumes: Record<string, unknown>;
  };

  it('has exactly the two services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['dutygraph', 'neo4j']);
  });

  it('runs Neo4j 5.26 Community with Bolt on 7687, a named volume and a health check', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.healthcheck?.test.join(' ')).toContain('cypher-shell');
  });

  it('builds the service from the Dockerfile, serves 4000 and waits for a healthy Neo4j', () => {
    const service = compose.services.dutygraph!;
    expect(service.build).toBe('.');
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'Dockerfile'))).toBe(true);
    expect(service.ports).toContain('4000:4000');
    expect(service.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(service.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(service.healthcheck?.test.join(' ')).toContain('/ready');
  });
});
