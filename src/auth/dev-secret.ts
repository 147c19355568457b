import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

const DEV_SECRET_FILE = path.join(PROJECT_ROOT, '.data', 'dev-jwt-secret');

/**
 * Outside production, a random secret kept in .data/ (git-ignored) lets `npm start` and
 * `npm run token` agree without configuration. Production must set JWT_SECRET.
 */
export function developmentSecret(): string {
  if (fs.existsSync(DEV_SECRET_FILE)) return fs.readFileSync(DEV_SECRET_FILE, 'utf8').trim();
  fs.mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
