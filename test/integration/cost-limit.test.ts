import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { PROJECT_ROOT } from '../../src/project-root';
import { WHO_IS_RESPONSIBLE } from '../../web/src/graphql/ask';
import { testNeo4jUri } from '../helpers/test-database';

/**
 * Issues 15 and 20: under the DEFAULT cost limit (GRAPHQL_MAX_COST) every README selection is
 * admitted with `first: 100`, and so are the web app's operations as the app sends them; a hostile
 * query (the README's largest twelve times in aliases)
 * is refused, by a message that names the limit and does not call itself a syntax error. And 100
 * concurrent maximum-cost queries each finish or are refused with OVERLOADED; none hangs.
 */
const SECRET = 'the-cost-limit-secret-that-is-long-enough-789';
type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };

const README_QUERIES = [...fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((query) => !/^\s*mutation\b/.test(query));
/** The largest page each list takes: 100, whoIsResponsible 50 (its own bound, `first must not be greater than 50`). */
const LARGEST_PAGE: Record<string, number> = { whoIsResponsible: 50 };
const withFirst100 = (query: string) => query.replace(/(\w+)\(([^()]*?)first: \d+/g, (_whole, field: string, before: string) => `${field}(${before}first: ${LARGEST_PAGE[field] ?? 100}`);
const PAGED = README_QUERIES.filter((query) => /first: \d+/.test(query));

describe('the default cost limit', () => {
  let app: RunningApp;
  let token: string;
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
    token = await signToken(SECRET, 'cost-reviewer', ['admin']);
  });
  afterAll(() => app.stop());

  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as Body };
  };

  it('finds README selections that page', () => {
    expect(PAGED.length).toBeGreaterThanOrEqual(2);
  });

  it.each(README_QUERIES.map((query) => [query.slice(0, 40).replace(/\s+/g, ' '), query]))('admits the README selection %s… with first: 100 (or its largest page)', async (_name, query) => {
    const answer = await ask(withFirst100(query));
    expect(answer.body.errors ?? []).toEqual([]);
    expect(answer.status).toBe(200);
  });

  it("admits the web app's Ask query as the app sends it (first: 5)", async () => {
    const answer = await ask(WHO_IS_RESPONSIBLE, { query: '村级组织建设', asOf: '2008-11-01' });
    expect(answer.body.errors ?? []).toEqual([]);
  });

  it('refuses hostile queries by the limit, not as a syntax error', async () => {
    // The README's largest selection at its largest page (21,401), twelve times in aliases: within the
    // 15 aliases allowed, and each alone is admitted (above); together they cost more than the 250,000.
    const largest = withFirst100(PAGED[0]!).trim().replace(/^\{/, '').replace(/\}$/, '').trim();
    const twelveTimes = await ask(`{ ${Array.from({ length: 12 }, (_, index) => `a${index}: ${largest}`).join(' ')} }`);
    expect(twelveTimes.status).toBe(400);
    expect(twelveTimes.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'GRAPHQL_MAX_COST' });
    expect(twelveTimes.body.errors?.[0]?.message).toMatch(/^Query cost limit of \d+ exceeded/);
  });

  it('100 concurrent maximum-cost queries: each is answered or refused with 503 OVERLOADED (retryable), none hangs', async () => {
    const heaviest = withFirst100(PAGED[0]!);
    const answers = await Promise.all(Array.from({ length: 100 }, () => ask(heaviest)));
    const answered = answers.filter((answer) => answer.status === 200 && !answer.body.errors);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(answered.length + refused.length).toBe(100);
    expect(answered.length).toBeGreaterThanOrEqual(4);
    // How many are refused depends on how fast the machine answers the first ones (on an idle machine all
    // 100 may finish within their turns); the counts themselves are proven in test/unit/heavy-turns.test.ts.
    for (const answer of refused) expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'OVERLOADED', retryable: true });
  });
});
