/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { PROJECT_ROOT } from '../../src/project-root';
import { WEB_DIST } from '../../src/web/web-routes';
import { testNeo4jUri } from '../helpers/test-database';

/**
 * Debian's Chromium (apt: chromium-headless-shell, or chromium), driven by playwright-core through
 * executablePath: nothing is downloaded. CHROMIUM_PATH overrides the search.
 */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
  if (!found) throw new Error('No Chromium: apt-get install -y chromium-headless-shell fonts-noto-cjk (see the README prerequisites), or set CHROMIUM_PATH');
  return found;
}

/** Every name resolves to nothing except 127.0.0.1: a request to any other host fails, and the tests count failures. */
export const CHROMIUM_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type Role = 'viewer' | 'staff' | 'discipline' | 'admin';

/** What went wrong on a page: requests that failed or left the service, console errors, uncaught exceptions. */
export interface PageProblems {
  failedRequests: string[];
  foreignRequests: string[];
  consoleErrors: string[];
  /** Requests whose URL carries a JWT (tokens go in the Authorization header only). */
  tokensInUrls: string[];
}

/** What every page must end with. */
export const NO_PROBLEMS: PageProblems = { failedRequests: [], foreignRequests: [], consoleErrors: [], tokensInUrls: [] };

/** The service on an ephemeral port (the test Neo4j with the sample town) and one headless Chromium. */
export class BrowserSession {
  private constructor(
    readonly app: RunningApp,
    readonly browser: Browser,
    readonly base: string,
  ) {}

  /** `env`: more configuration of the service (e.g. OIDC_ISSUER). */
  static async start(env: Record<string, string> = {}): Promise<BrowserSession> {
    if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
      execFileSync('npm', ['run', '-s', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    }
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env });
    const app = await startApp(config, testNeo4jUri(), createLogger('silent'));
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    return new BrowserSession(app, browser, app.url.replace(/\/graphql$/, ''));
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.app.stop();
  }

  async token(role: Role, subject = `browser-${role}`): Promise<string> {
    const response = await fetch(`${this.base}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, subject }) });
    return ((await response.json()) as { token: string }).token;
  }

  /**
   * A fresh page in Chinese (the app's first language), signed in as `role` unless null, that
   * records every failed request, request to another origin, console error and page error.
   */
  async page(role: Role | null, options: { asOf?: string; lang?: 'zh' | 'en' } = {}): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
    const context = await this.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
    const token = role ? await this.token(role) : null;
    await context.addInitScript(
      ({ token, asOf, lang }) => {
        if (sessionStorage.getItem('dutygraph.initialised')) return;
        sessionStorage.setItem('dutygraph.initialised', '1');
        if (token) sessionStorage.setItem('dutygraph.token', token);
        if (asOf) sessionStorage.setItem('dutygraph.asOf', asOf);
        localStorage.setItem('dutygraph.lang', lang);
      },
      { token, asOf: options.asOf ?? null, lang: options.lang ?? 'zh' },
    );
    const page = await context.newPage();
    const problems: PageProblems = { failedRequests: [], foreignRequests: [], consoleErrors: [], tokensInUrls: [] };
    page.on('request', (request) => {
      if (/eyJ[A-Za-z0-9_-]{10,}\./.test(request.url())) problems.tokensInUrls.push(request.url());
      if (!request.url().startsWith(this.base) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) problems.foreignRequests.push(request.url());
    });
    page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
    return { page, context, problems };
  }
}

const AXE = require.resolve('axe-core/axe.min.js');

/** axe-core in the same browser: WCAG 2 A/AA rules (labels, names, contrast, landmarks). */
export async function accessibilityViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not apply to.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** docs/screenshots/<name>.png, written only when SCREENSHOTS=1 (the committed ones are not rewritten by CI). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = path.join(PROJECT_ROOT, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
