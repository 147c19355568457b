// `npm start` on a clone whose web app was never built (e.g. installed with --ignore-scripts): build it once.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const built = path.join(__dirname, 'dist', 'index.html');
if (!fs.existsSync(built) || !fs.existsSync(path.join(__dirname, 'dist', 'graphiql.html'))) {
  process.stdout.write('web/dist is missing: building the web app (npm run build:web)\n');
  execFileSync('npm', ['run', '-s', 'build:web'], { stdio: 'inherit', cwd: path.join(__dirname, '..') });
}
