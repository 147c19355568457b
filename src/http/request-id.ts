import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const scope = new AsyncLocalStorage<string>();

/** The caller's own x-request-id when it is a plain token, otherwise a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : crypto.randomUUID();
}

/**
 * The first middleware of every request: picks its id, sends it as the x-request-id header on
 * every answer (errors before GraphQL runs included: 401, 413, CSRF, 405) and keeps it for the
 * rest of the request, so error formatting can put it into each error without the GraphQL context.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  withRequestId(req, res, (requestId) => {
    res.locals.requestId = requestId;
    next();
  });
}

/** What requestIdMiddleware does, for a handler outside Express (src/http/graphql-endpoint.ts). */
export function withRequestId(req: IncomingMessage, res: ServerResponse, next: (requestId: string) => void): void {
  const requestId = requestIdOf(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  scope.run(requestId, next, requestId);
}

/** The id of the request a response answers (set by requestIdMiddleware). */
export function requestIdOfResponse(res: Response): string {
  const requestId: unknown = res.locals.requestId;
  return typeof requestId === 'string' ? requestId : requestIdOf(undefined);
}

/** The id of the request being served here, when there is one (error formatting has no response at hand). */
export function currentRequestId(): string | undefined {
  return scope.getStore();
}
