import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/project-root';
import { webOperations } from '../helpers/web-operations';

/** Every operation of the web app (web/src/graphql/*.ts) is valid against the committed SDL. */

describe('the web app’s GraphQL operations', () => {
  const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));
  const operations = webOperations().map(({ file, name, text }) => ({ name: `${file}: ${name}`, text }));

  it('finds the operations of every page', () => {
    expect(operations.map((op) => op.name)).toEqual(expect.arrayContaining(['ask.ts: WHO_IS_RESPONSIBLE', 'audit.ts: DUTY_AUDIT', 'admin.ts: APPOINT']));
  });

  it.each(operations.map((op) => [op.name, op.text]))('%s is valid against schema/schema.graphql', (_name, text) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });
});
