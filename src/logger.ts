import pino, { Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/** Structured JSON logs on stdout; one line per event, with the request id where there is one. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'dutygraph' }, timestamp: pino.stdTimeFunctions.isoTime });
}
