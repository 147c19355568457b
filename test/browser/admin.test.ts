/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser.
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { importPilotTown, PilotTown } from '../integration/pilot-town.fixture';
import { accessibilityViolations, BrowserSession, screenshot, NO_PROBLEMS } from './browser-session';

/**
 * The Admin page writes: it works on its own copy of the pilot town (unique id prefix), found by
 * name where people are concerned, and deletes exactly that copy and its change records.
 */
describe('the Admin page in Chromium', () => {
  let session: BrowserSession;
  let db: TestDatabase;
  let town: PilotTown;

  beforeAll(async () => {
    db = await openTestDatabase();
    town = await importPilotTown(db);
    session = await BrowserSession.start();
  });
  afterAll(async () => {
    await session?.stop();
    await db.driver.executeQuery('MATCH (c:Change) WHERE any(e IN c.entities WHERE e STARTS WITH $prefix) DELETE c', { prefix: town.prefix });
    await town.remove();
    await db.close();
  });

  /** A person of the pilot town, found by name as a user would (ids of people are not stable). */
  const personNamed = async (name: string): Promise<string> => {
    const response = await fetch(`${session.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await session.token('admin')}` },
      body: JSON.stringify({ query: 'query($text: String!, $township: ID) { people(text: $text, township: $township, asOf: "2008-11-01") { edges { node { id } } } }', variables: { text: name, township: town.township } }),
    });
    const body = (await response.json()) as { data: { people: { edges: { node: { id: string } }[] } } };
    return body.data.people.edges[0]!.node.id;
  };

  it('shows a validation problem next to the field, then appoints, and the person page shows the new post', async () => {
    const zhao = await personNamed('赵强');
    const { page, context, problems } = await session.page('admin', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/admin`);
    const form = page.locator('form#appoint');
    await form.getByLabel('人员编号').fill(zhao);
    await form.getByLabel('岗位编号').fill(town.id('post:party-affairs-director'));
    await form.getByLabel('起始日期').fill('2008-11-01');
    await form.getByRole('button', { name: '提交' }).click();
    const problem = form.locator('ul.problems[data-field="post"]');
    await problem.waitFor();
    await expect(problem.innerText()).resolves.toContain('single holder');
    await expect(form.getByLabel('岗位编号').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'admin-problem');
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel('岗位编号').fill(town.id('post:village-affairs-director'));
    await form.getByRole('button', { name: '提交' }).click();
    await form.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await expect(form.locator('ul.problems').count()).resolves.toBe(0);
    await page.getByTestId('change-log').getByText('appoint').first().waitFor();

    await page.goto(`${session.base}/#/person/${encodeURIComponent(zhao)}`);
    const person = page.locator(`article[data-entity="${zhao}"]`);
    await person.getByRole('link', { name: '村务办主任' }).first().waitFor();
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('previews a reorganisation as a dry run: the posts cut and the audit flags it creates, writing nothing', async () => {
    const { page, context, problems } = await session.page('admin', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/admin`);
    const plan = { township: town.township, on: '2009-01-01', cutPosts: [town.id('post:village-affairs-director')] };
    await page.getByLabel('改革方案（JSON，ReorganizationInput）').fill(JSON.stringify(plan, null, 2));
    await page.getByRole('button', { name: '预演' }).click();
    const preview = page.getByTestId('reorganize-preview');
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('精简岗位 (1)');
    expect(text).toContain('村务办主任');
    expect(text).toContain(`${town.id('duty:village-affairs-rules')} 无人负责`);
    await screenshot(page, 'admin');
    const { records } = await db.driver.executeQuery('MATCH (p:Post {id: $id}) RETURN p.to AS to', { id: town.id('post:village-affairs-director') });
    expect(records[0]?.get('to')).toBeNull();

    await page.getByLabel('改革方案（JSON，ReorganizationInput）').fill('{ not json');
    await page.getByRole('button', { name: '预演' }).click();
    await page.locator('#reorganize-problems').getByText('不是有效的 JSON').waitFor();
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});
