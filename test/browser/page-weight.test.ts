import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/project-root';
import { WEB_DIST } from '../../src/web/web-routes';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script shared with `node web/page-weight.cjs`
const { pageWeight } = require('../../web/page-weight.cjs') as { pageWeight(entry: string): { gzip: number; files: { file: string }[] } };

/** The Ask page's JavaScript and CSS, with everything it imports (the graph library too), gzipped. */
describe('the weight of the built app', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(WEB_DIST, '.vite', 'manifest.json'))) execFileSync('npm', ['run', '-s', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  });

  it('keeps the Ask page under 300 KB gzipped, GraphiQL and Monaco apart', () => {
    const ask = pageWeight('index.html');
    expect(ask.gzip).toBeLessThan(300 * 1024);
    expect(ask.files.map((file) => file.file).join(' ')).not.toMatch(/monaco|graphiql/i);
    expect(ask.files.map((file) => file.file).join(' ')).toMatch(/cytoscape/);
    expect(pageWeight('graphiql.html').files.map((file) => file.file).join(' ')).toMatch(/monaco/);
  });
});
