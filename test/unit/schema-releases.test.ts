import fs from 'node:fs';
import { SCHEMA_FILE } from '../../src/graphql/schema';
import { breakingChanges, CHANGELOG_FILE, newestRelease, unlistedBreakingChanges } from '../../src/graphql/schema-releases';

const BEFORE = `
  type Query { office(id: ID!): Office }
  type Office { id: ID! name: String! leadersInCharge: [String!]! }
`;
const AFTER = `
  type Query { office(id: ID!, asOf: String): Office }
  type Office { id: ID! name: String }
`;

const changelog = (unreleased: string, older = '') => `# Changelog\n\n## Unreleased\n${unreleased}\n\n## Version 1 (2026-11-30)\n${older}\n`;

describe('schema changes against the newest release', () => {
  it('finds no breaking change in the committed SDL that CHANGELOG.md does not name', async () => {
    const release = newestRelease();
    const changes = await breakingChanges(fs.readFileSync(release.file, 'utf8'), fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(unlistedBreakingChanges(changes, fs.readFileSync(CHANGELOG_FILE, 'utf8'))).toEqual([]);
  });

  it('reports a removed field and a field made nullable, but not an added optional argument', async () => {
    const changes = await breakingChanges(BEFORE, AFTER);
    expect(changes.map((change) => change.path).sort()).toEqual(['Office.leadersInCharge', 'Office.name']);
  });

  it('accepts a breaking change only when the Unreleased section names it or its type', async () => {
    const changes = await breakingChanges(BEFORE, AFTER);
    expect(unlistedBreakingChanges(changes, changelog('- `Office.name` is nullable')).map((c) => c.path)).toEqual(['Office.leadersInCharge']);
    expect(unlistedBreakingChanges(changes, changelog('- `Office` is new in shape'))).toEqual([]);
    expect(unlistedBreakingChanges(changes, changelog('(none)', '- `Office.name` `Office.leadersInCharge`'))).toHaveLength(2);
  });
});
