import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/project-root';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { ROLES } from '../../src/auth/roles';
import { differences, parseShownJson } from '../helpers/shown-json';
import { sampleTownSession } from '../helpers/sample-town-session';

interface Example {
  line: number;
  query: string;
  shown: string;
}

/** Every ```graphql block of the README followed by the ```json answer it shows. */
function readmeExamples(): Example[] {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const blocks = [...text.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map((match) => ({
    language: match[1],
    body: match[2]!,
    line: text.slice(0, match.index).split('\n').length,
  }));
  return blocks.flatMap((block, i) => {
    const next = blocks[i + 1];
    return block.language === 'graphql' && next?.language === 'json' ? [{ line: block.line, query: block.body, shown: next.body }] : [];
  });
}

const examples = readmeExamples();
const queries = examples.filter((example) => !/^\s*mutation\b/.test(example.query));
const mutations = examples.filter((example) => /^\s*mutation\b/.test(example.query));

/**
 * The README's examples are the first thing a front-end developer copies: each query runs on the
 * sample town and answers what the README shows (elisions `…` read as in test/helpers/shown-json.ts),
 * with the lowest role that answers it without an error. Mutations would change the shared sample
 * town, so they are only checked against the schema.
 */
describe('the README examples', () => {
  const town = sampleTownSession();

  it('has examples with answers to check', () => {
    expect(queries.length).toBeGreaterThanOrEqual(6);
  });

  it.each(queries.map((example) => [example.line, example]))('the query at README.md:%i answers as shown', async (_line, example) => {
    const shown = parseShownJson(example.shown);
    const attempts: string[] = [];
    for (const role of ROLES) {
      const result = await town.graphql.run(example.query, {}, { subject: 'readme', roles: [role], anonymous: false });
      if (result.errors?.length) {
        attempts.push(`${role}: ${result.errors.map((error) => error.extensions?.code).join(', ')}`);
        continue;
      }
      expect(differences(shown, result.data)).toEqual([]);
      return;
    }
    throw new Error(`no role answers without an error: ${attempts.join('; ')}`);
  });

  it.each(mutations.map((example) => [example.line, example]))('the mutation at README.md:%i is valid against the schema', async (_line, example) => {
    expect(validate(await buildDutygraphSchema(), parse(example.query)).map((error) => error.message)).toEqual([]);
    expect(() => parseShownJson(example.shown)).not.toThrow();
  });
});
