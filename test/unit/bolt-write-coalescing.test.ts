import path from 'node:path';
import { coalesceBoltWrites } from '../../src/db/bolt-write-coalescing';

// The driver's own channel class, whose write the service patches.
const root = path.dirname(require.resolve('neo4j-driver-bolt-connection'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NodeChannel = (require(path.join(root, 'channel', 'node', 'node-channel.js')) as { default: { prototype: object } }).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ChannelBuffer = (require(path.join(root, 'channel', 'channel-buf.js')) as { default: new (size: number) => { _buffer: Buffer } }).default;

function fakeSocket() {
  const calls: string[] = [];
  return {
    calls,
    cork: () => calls.push('cork'),
    uncork: () => calls.push('uncork'),
    write: (chunk: Buffer) => calls.push(`write ${chunk.length}`),
  };
}

/** A channel of the driver's own class on a fake socket, connected (no pending queue) unless `pending`. */
function channelOn(socket: ReturnType<typeof fakeSocket>, pending: unknown[] | null = null): { write(buffer: unknown): void } {
  return Object.assign(Object.create(NodeChannel.prototype) as { write(buffer: unknown): void }, { _conn: socket, _pending: pending });
}

const nextTick = () => new Promise<void>((resolve) => process.nextTick(resolve));

describe('coalescing the Bolt writes of one tick into one socket write', () => {
  it('is installed on the pinned neo4j-driver (an upgrade that moves its channel class fails here)', () => {
    expect(coalesceBoltWrites()).toBe(true);
    expect(coalesceBoltWrites()).toBe(true);
  });

  it('corks the socket at the first write of a tick and uncorks it on the next, every chunk still written in order', async () => {
    coalesceBoltWrites();
    const socket = fakeSocket();
    const channel = channelOn(socket);
    channel.write(new ChannelBuffer(3));
    channel.write(new ChannelBuffer(5));
    channel.write(new ChannelBuffer(7));
    expect(socket.calls).toEqual(['cork', 'write 3', 'write 5', 'write 7']);
    await nextTick();
    expect(socket.calls).toEqual(['cork', 'write 3', 'write 5', 'write 7', 'uncork']);
    // The next tick's writes are corked again, on their own.
    channel.write(new ChannelBuffer(2));
    await nextTick();
    expect(socket.calls.slice(5)).toEqual(['cork', 'write 2', 'uncork']);
  });

  it('leaves a channel that is still connecting to queue its writes itself', async () => {
    coalesceBoltWrites();
    const socket = fakeSocket();
    const pending: unknown[] = [];
    const buffer = new ChannelBuffer(4);
    channelOn(socket, pending).write(buffer);
    await nextTick();
    expect(socket.calls).toEqual([]);
    expect(pending).toEqual([buffer]);
  });
});
