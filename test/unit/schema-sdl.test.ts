import fs from 'node:fs';
import { buildDutygraphSchema, printDutygraphSchema, SCHEMA_FILE } from '../../src/graphql/schema';

const BUILT_IN = ['String', 'Int', 'Float', 'Boolean', 'ID'];
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

describe('the committed SDL', () => {
  it('is exactly what the code builds (run `npm run schema:emit` after changing types)', async () => {
    const built = printDutygraphSchema(await buildDutygraphSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });

  it('describes every type and field for front-end developers', async () => {
    const schema = await buildDutygraphSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || BUILT_IN.includes(type.name)) continue;
      if (!ROOT_TYPES.includes(type.name) && !type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
