import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { MetricsConfig } from '../config';
import type { ServiceMetrics } from './metrics';

/**
 * GET /metrics: open when no token is configured (development), otherwise only with
 * `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time.
 */
export function metricsRoute(metrics: ServiceMetrics, config: MetricsConfig) {
  return async (req: Request, res: Response): Promise<void> => {
    if (config.token !== undefined && !bearerMatches(req.headers.authorization, config.token)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ errors: [{ message: 'The metrics need the bearer token set in METRICS_TOKEN.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    res.set('content-type', metrics.contentType).set('cache-control', 'no-store').send(await metrics.scrape());
  };
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}
