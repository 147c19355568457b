/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser.
import { accessibilityViolations, BrowserSession, screenshot, NO_PROBLEMS } from './browser-session';

/** The Ask page in a real Chromium, on the real service and Neo4j with the sample town. */
describe('the Ask page in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.stop());

  it('signs in on the development sign-in page, asks in Chinese and shows the office, the holder and the leader in charge', async () => {
    const { page, context, problems } = await session.page(null, { asOf: '2008-11-01' });
    await page.goto(`${session.base}/`);
    await screenshot(page, 'sign-in');
    await page.getByLabel('角色').selectOption('staff');
    await page.getByRole('button', { name: '以此角色登录' }).click();
    await page.getByLabel('谁负责……？').fill('村级组织建设');
    await page.keyboard.press('Enter');
    const card = page.locator('article[data-duty="duty:village-organisation-construction"]');
    await card.waitFor();
    await expect(card.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('村级组织建设');
    const text = await card.innerText();
    expect(text).toContain('有明确牵头');
    expect(text).toContain('党务办公室');
    expect(text).toContain('何红霞');
    expect(text).toContain('党委副书记');
    expect(text).toContain('朱海燕');
    expect(text).toContain('村镇建设管理办公室');
    expect(text).toContain('镇内设机构工作职责');

    await card.getByRole('button', { name: '显示解释路径' }).click();
    await card.getByTestId('graph').locator('canvas').first().waitFor();
    await card.getByText('图中各步').click();
    await expect(card.locator('figcaption').innerText()).resolves.toContain('党务办公室 → 党委副书记');
    await page.waitForTimeout(300);
    await screenshot(page, 'ask');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('switches to English, asks in English and sees the same office and holder', async () => {
    const { page, context, problems } = await session.page('staff', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByLabel('Who handles …?').fill('village organisation construction');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const card = page.locator('article[data-duty="duty:village-organisation-construction"]');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Village-level organisation construction');
    expect(text).toContain('Party Affairs Office');
    expect(text).toContain('He Hongxia');
    expect(text).toContain('Leader in charge');
    expect(text).toContain('Zhu Haiyan');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('says so when nothing matches with confidence, and marks a vacant duty on the eve of the pilot as overlap', async () => {
    const { page, context, problems } = await session.page('staff', { asOf: '2008-08-14' });
    await page.goto(`${session.base}/#/ask?q=${encodeURIComponent('村级组织建设')}`);
    const card = page.locator('article[data-duty="duty:village-organisation-construction"]');
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('多头牵头');
    await page.getByLabel('谁负责……？').fill('zzzz qqqq xxxx');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '没有找到有把握的匹配' }).waitFor();
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('can be used with the keyboard alone: the search box has focus, Enter asks, Tab reaches the explanation button', async () => {
    const { page, context, problems } = await session.page('staff', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/`);
    await page.getByLabel('谁负责……？').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('ask-input');
    await page.keyboard.type('村级组织建设');
    await page.keyboard.press('Enter');
    const card = page.locator('article[data-duty="duty:village-organisation-construction"]');
    await card.waitFor();
    let onButton = false;
    for (let i = 0; i < 30 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await page.evaluate(() => document.activeElement?.textContent === '显示解释路径');
    }
    expect(onButton).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('graph').first().locator('canvas').first().waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).resolves.toBe('true');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('passes axe-core’s WCAG 2 A/AA checks (labels, names, contrast) with answers on screen', async () => {
    const { page, context } = await session.page('staff', { asOf: '2008-11-01' });
    await page.goto(`${session.base}/#/ask?q=${encodeURIComponent('村级组织建设')}`);
    await page.locator('article.answer').first().waitFor();
    await page.getByRole('button', { name: '显示解释路径' }).first().click();
    await page.getByTestId('graph').first().locator('canvas').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
