import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's own x-request-id when it is a plain token, otherwise a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : crypto.randomUUID();
}

/** Picks a request's id and sends it as the x-request-id header of whatever answers it. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const requestId = requestIdOf(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  return requestId;
}

/**
 * The first middleware of Express's routes: the request's id, on the answer's header and kept for
 * the route's errors (requestIdOfResponse). /graphql does the same itself (src/http/graphql-endpoint.ts).
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.locals.requestId = assignRequestId(req, res);
  next();
}

/** The id of the request a response answers (set by requestIdMiddleware). */
export function requestIdOfResponse(res: Response): string {
  const requestId: unknown = res.locals.requestId;
  return typeof requestId === 'string' ? requestId : requestIdOf(undefined);
}
