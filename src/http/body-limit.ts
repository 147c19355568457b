import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';
import { rolesAllow, Viewer } from '../auth/roles';
import { MAX_UPLOAD_BODY_BYTES } from '../dataset/list/list-upload';

/** Every request body is at most this: a query and its variables. */
export const BODY_LIMIT_BYTES = 100 * 1024;
/** An admin's request may carry a list workbook for importList (dataset/list/list-upload.ts). */
export const ADMIN_BODY_LIMIT_BYTES = MAX_UPLOAD_BODY_BYTES;

export const BODY_LIMIT_MESSAGE = `The request body is larger than the 100 kB limit (${Math.round(ADMIN_BODY_LIMIT_BYTES / (1024 * 1024))} MiB for an admin's request, which may carry a list workbook for importList).`;

/**
 * The test body-parser makes by default (`type: 'application/json'`): the media type, in any case and
 * without its parameters, is application/json. Its own check (type-is) parsed the header into a
 * media-type object on every request, 1.7 % of a nested query's CPU.
 */
export function isJsonBody(req: IncomingMessage): boolean {
  const header = req.headers['content-type'];
  if (!header) return false;
  const end = header.indexOf(';');
  return (end < 0 ? header : header.slice(0, end)).trim().toLowerCase() === 'application/json';
}

/** Reads a request's JSON body into `req.body`, then calls `next` (with the error, when it is too large or not JSON). */
export type BodyParser = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The JSON body parser of /graphql: 100 kB for everyone; a larger body (by its Content-Length) only
 * from a caller whose token is an admin's, up to the upload limit. The token is checked here only
 * for such a body, so an ordinary request costs nothing more; the context checks it again as usual.
 */
export function graphqlBodyParser(viewerOf: (authorization: string | undefined) => Promise<Viewer>): BodyParser {
  const small = bodyParser.json({ limit: BODY_LIMIT_BYTES, type: isJsonBody });
  const large = bodyParser.json({ limit: ADMIN_BODY_LIMIT_BYTES, type: isJsonBody });
  return (req, res, next) => {
    const length = Number(req.headers['content-length']);
    if (!(length > BODY_LIMIT_BYTES) || length > ADMIN_BODY_LIMIT_BYTES) return small(req, res, next);
    viewerOf(req.headers.authorization).then(
      (viewer) => (rolesAllow(viewer.roles, ['admin']) ? large : small)(req, res, next),
      () => small(req, res, next),
    );
  };
}
