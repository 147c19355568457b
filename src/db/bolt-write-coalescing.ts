import path from 'node:path';

/** The part of a socket the patch uses (net.Socket and tls.TLSSocket both have it). */
interface CorkableSocket {
  cork(): void;
  uncork(): void;
}

/** What the patch reads of the driver's NodeChannel: its socket, and the queue it keeps until connected. */
interface Channel {
  _conn?: CorkableSocket;
  _pending: unknown[] | null;
}

type ChannelWrite = (this: Channel, buffer: unknown) => unknown;

let installed: boolean | undefined;

/**
 * Sends what the driver writes to a connection in one tick as one socket write.
 *
 * neo4j-driver hands its socket each 1,400-byte chunk of a Bolt message as a write of its own (the
 * chunk buffer is not configurable), and the socket has Nagle's algorithm off. So one whoIsResponsible
 * question (BEGIN, a 9 kB statement with a 512-float vector, PULL) reached Neo4j as 13 TCP segments: a
 * system call each here, a read each there. Corking the socket at the first write of a tick and
 * uncorking it on the next tick sends them as one writev. Measured with the bare driver on the
 * 1,360-town graph, whoIsResponsible at concurrency 1, 300 questions in each of 4 interleaved rounds:
 * p50 15.2 → 13.8 ms.
 *
 * It replaces the driver's `NodeChannel.prototype.write` (neo4j-driver-bolt-connection, at the version
 * the pinned neo4j-driver brings). Where that class or method is not found (another driver version), nothing is
 * changed and the driver writes as before; test/unit/bolt-write-coalescing.test.ts fails then, so an
 * upgrade cannot lose it unnoticed. Once per process; true when installed.
 */
export function coalesceBoltWrites(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  const prototype = nodeChannelPrototype();
  const original = prototype?.write;
  if (!prototype || typeof original !== 'function') return false;
  const corked = new WeakSet<CorkableSocket>();
  prototype.write = function write(this: Channel, buffer: unknown) {
    const socket = this._conn;
    // Before the connection is up the channel queues writes itself (`_pending`).
    if (this._pending === null && socket && typeof socket.cork === 'function' && !corked.has(socket)) {
      socket.cork();
      corked.add(socket);
      process.nextTick(() => {
        corked.delete(socket);
        socket.uncork();
      });
    }
    return original.call(this, buffer);
  };
  installed = true;
  return true;
}

function nodeChannelPrototype(): { write?: ChannelWrite } | undefined {
  try {
    const root = path.dirname(require.resolve('neo4j-driver-bolt-connection'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const channel = require(path.join(root, 'channel', 'node', 'node-channel.js')) as { default?: { prototype?: { write?: ChannelWrite } } };
    return channel.default?.prototype;
  } catch {
    return undefined;
  }
}
