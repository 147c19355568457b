import type { ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { BODY_LIMIT_MESSAGE } from './body-limit';

/** What body-parser and Node raise below GraphQL: an HTTP status, sometimes. */
export interface HttpLevelError {
  status?: number;
  message?: string;
}

/**
 * Answers a failure below GraphQL (the body too large or not JSON, an unexpected throw) as a JSON
 * error in GraphQL's shape with the request id, never as Express's or Node's HTML stack page.
 */
export function answerHttpError(error: HttpLevelError, res: ServerResponse, requestId: string, logger: Logger): void {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status >= 500) logger.error({ err: error, requestId }, 'http error');
  if (res.headersSent) {
    // Part of an answer is out already: a JSON error can no longer follow it.
    res.destroy();
    return;
  }
  const message = status === 413 ? BODY_LIMIT_MESSAGE : status < 500 ? 'The request body is not valid JSON.' : 'Internal server error.';
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }));
}
