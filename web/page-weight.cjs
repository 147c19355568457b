// The weight of a page of the built app: every JS and CSS file its entry loads, statically or
// through dynamic import(), gzipped. `node web/page-weight.cjs` prints it for the Ask page (`/`)
// and GraphiQL; test/browser/page-weight.test.ts holds the Ask page under its budget.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const DIST = path.join(__dirname, 'dist');

function pageWeight(entry) {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  const sizes = [...files].filter((file) => /\.(js|css)$/.test(file)).map((file) => {
    const bytes = fs.readFileSync(path.join(DIST, file));
    return { file, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  return { files: sizes, gzip: sizes.reduce((sum, size) => sum + size.gzip, 0), bytes: sizes.reduce((sum, size) => sum + size.bytes, 0) };
}

module.exports = { pageWeight };

if (require.main === module) {
  for (const [name, entry] of [['Ask page (/)', 'index.html'], ['GraphiQL (/graphiql)', 'graphiql.html']]) {
    const weight = pageWeight(entry);
    console.log(`${name}: ${(weight.gzip / 1024).toFixed(1)} KB gzipped (${(weight.bytes / 1024).toFixed(1)} KB) in ${weight.files.length} files`);
  }
}
