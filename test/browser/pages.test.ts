/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser.
import type { Page } from 'playwright-core';
import { accessibilityViolations, BrowserSession, screenshot, NO_PROBLEMS } from './browser-session';

/** The flag counts as the Audit page's chart shows them. */
async function flagCounts(page: Page): Promise<Record<string, number>> {
  await page.getByTestId('flag-counts').waitFor();
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-testid=flag-counts] tr')].map((row) => [row.getAttribute('data-flag'), Number(row.querySelector('.count')?.textContent)])),
  );
}

describe('the Audit, Stations, entity, Changes and GraphiQL pages in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.stop());

  it('shows the audit counts of the report for 2008-08-14 and 2008-11-01, filters by flag and opens a duty', async () => {
    const { page, context, problems } = await session.page('staff', { asOf: '2008-08-14' });
    await page.goto(`${session.base}/#/audit`);
    await expect(flagCounts(page)).resolves.toMatchObject({ OVERLAP: 5, CROSSOVER: 3, BLANK: 9, SELF_SUPERVISED: 10 });
    await page.getByLabel('截至日期').fill('2008-11-01');
    await page.waitForFunction(() => document.querySelector('[data-flag=OVERLAP] .count')?.textContent === '2');
    await expect(flagCounts(page)).resolves.toEqual({ OVERLAP: 2, CROSSOVER: 2, BLANK: 1, VACANT: 1, SELF_SUPERVISED: 0 });
    await expect(page.getByTestId('total-duties').innerText()).resolves.toBe('92');
    await screenshot(page, 'audit');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('按标记筛选').selectOption('BLANK');
    const findings = page.getByTestId('findings').locator(':scope > li');
    await expect(findings.count()).resolves.toBe(1);
    await findings.first().getByRole('link').first().click();
    await page.locator('article[data-entity="duty:college-graduates-villages"]').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toContain('大学生充实村两委');
    await screenshot(page, 'duty');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('shows the stations’ party relations to the discipline role, out-of-line stations first', async () => {
    const { page, context, problems } = await session.page('discipline', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/stations`);
    const rows = page.getByTestId('stations').locator('tbody tr');
    await rows.first().waitFor();
    const order = await rows.evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute('data-station'), outOfLine: tr.classList.contains('out-of-line') })));
    expect(order).toHaveLength(9);
    expect(order[0]!.outOfLine).toBe(true);
    const firstInLine = order.findIndex((row) => !row.outOfLine);
    expect(order.slice(firstInLine).every((row) => !row.outOfLine)).toBe(true);
    const power = await page.locator('tr[data-station="station:power"]').innerText();
    expect(power).toContain('不在镇党委且无豁免依据');
    expect(power).toContain('由主管部门党委管理');
    await expect(page.locator('tr[data-station="station:forestry"]').innerText()).resolves.toContain('2008-10-15');
    await screenshot(page, 'stations');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('leaves the stations out for a viewer and marks the page restricted, without an error page', async () => {
    const { page, context, problems } = await session.page('viewer', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/audit`);
    await page.getByTestId('flag-counts').waitFor();
    await expect(page.getByRole('navigation').getByRole('link', { name: '站所党组织关系' }).count()).resolves.toBe(0);
    await page.goto(`${session.base}/#/stations`);
    await page.getByText('受限').waitFor();
    await expect(page.locator('[role=alert]').count()).resolves.toBe(0);
    await page.goto(`${session.base}/#/office/${encodeURIComponent('office:party-affairs')}`);
    await page.locator('article[data-entity="office:party-affairs"]').waitFor();
    await expect(page.locator('.restricted').count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('opens an office with its posts, holders, duties and leader in charge, and its neighbourhood graph', async () => {
    const { page, context, problems } = await session.page('staff', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/office/${encodeURIComponent('office:party-affairs')}`);
    const office = page.locator('article[data-entity="office:party-affairs"]');
    await office.waitFor();
    const text = await office.innerText();
    expect(text).toContain('党务办公室');
    expect(text).toContain('何红霞');
    expect(text).toContain('党委副书记');
    expect(text).toContain('村级组织建设');
    await office.getByTestId('graph').locator('canvas').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'office');
    expect(await accessibilityViolations(page)).toEqual([]);
    await office.getByRole('link', { name: '何红霞' }).first().click();
    const person = page.locator('article[data-entity^="person:"]');
    await person.waitFor();
    await expect(person.locator('h1').innerText()).resolves.toBe('何红霞');
    await screenshot(page, 'person');
    await person.getByRole('link', { name: '党务办公室主任' }).first().click();
    await page.locator('article[data-entity^="post:"]').waitFor();
    await screenshot(page, 'post');
    await page.goto(`${session.base}/#/village/${encodeURIComponent('village:beihe')}`);
    await page.locator('article[data-entity="village:beihe"]').waitFor().catch(() => undefined);
    await screenshot(page, 'village');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('shows what changed between 2008-08-14 and 2008-11-01 in the report’s terms', async () => {
    const { page, context, problems } = await session.page('discipline', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/changes`);
    await page.getByTestId('leadership-posts').waitFor();
    await expect(page.getByTestId('leadership-posts').innerText()).resolves.toContain('16 → 11');
    const text = await page.locator('main').innerText();
    expect(text).toContain('新设机构 (6)');
    expect(text).toContain('调整隶属的村 (13)');
    await page.getByText('党组织关系调整的站所 (4)').waitFor();
    await screenshot(page, 'changes');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('runs a query in GraphiQL with the token in its header editor, loading nothing from outside', async () => {
    const { page, context, problems } = await session.page('staff');
    await page.goto(`${session.base}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    // The execute button is on the page before Monaco has loaded the query editor, and a click
    // then runs nothing: on a loaded CI machine the click came 100 ms before the editor.
    await page.locator('.graphiql-query-editor .view-lines').getByText('WhoHandles').waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"duty:village-organisation-construction"').waitFor({ timeout: 90_000 });
    await screenshot(page, 'graphiql');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  }, 120_000);

  it('has switched off Apollo’s landing page (Sandbox from a CDN)', async () => {
    const response = await fetch(`${session.base}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    // A browser's GET now meets Apollo's CSRF prevention instead of the landing page's HTML.
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(body).not.toMatch(/<html|embeddable-sandbox|cdn\.apollographql/i);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});
