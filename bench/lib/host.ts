import 'reflect-metadata';
import { PATHS, PathName } from './operations';
import { startPath } from './paths';

/**
 * A child process serving one path, so the load generator (the parent) never shares an event loop
 * or a heap with the server it measures, and the server's RSS is its own. The parent talks over IPC:
 * → {type:'ready', url} once listening; ← {type:'rss-reset'}; ← {type:'rss'} → {type:'rss', peak, now};
 * ← {type:'stop'} → exits 0 after stopping.
 */
type Message = { type: 'rss-reset' | 'rss' | 'stop' };

async function main(): Promise<void> {
  const name = process.argv[2] as PathName;
  if (!PATHS.includes(name)) throw new Error(`usage: host.ts ${PATHS.join('|')}`);
  const uri = process.env.BENCH_NEO4J_URI;
  const jwtSecret = process.env.BENCH_JWT_SECRET;
  if (!uri || !jwtSecret) throw new Error('BENCH_NEO4J_URI and BENCH_JWT_SECRET must be set');
  const running = await startPath(name, { uri, jwtSecret, logLevel: process.env.BENCH_LOG_LEVEL });

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  process.on('message', (message: Message) => {
    if (message.type === 'rss-reset') peak = process.memoryUsage().rss;
    else if (message.type === 'rss') process.send?.({ type: 'rss', peak: Math.max(peak, process.memoryUsage().rss), now: process.memoryUsage().rss });
    else if (message.type === 'stop') {
      clearInterval(sampler);
      void running.stop().then(() => process.exit(0), () => process.exit(1));
    }
  });
  // The parent going away (a crash, Ctrl-C) ends this process too.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', url: running.url });
}

main().catch((error: unknown) => {
  process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.stderr.write(`bench host: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
