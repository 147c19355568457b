import { DatabaseCircuit, CircuitOptions } from '../../src/db/database-circuit';
import { DatabaseUnavailableError, OverloadedError } from '../../src/errors';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A circuit over a fake database whose probe answers as `up` says; timings shortened for the test. */
function circuitOver(database: { up: boolean; frozen?: boolean }, overrides: Partial<CircuitOptions> = {}) {
  const events: string[] = [];
  let probes = 0;
  const circuit = new DatabaseCircuit({
    probe: async () => {
      probes += 1;
      if (database.frozen) await new Promise(() => undefined);
      if (!database.up) throw new Error('ECONNREFUSED');
    },
    probeTimeoutMs: 100,
    probeIntervalMs: 20,
    stallAfterMs: 80,
    maxInFlight: 3,
    onOpen: () => events.push('open'),
    onClose: () => events.push('close'),
    ...overrides,
  });
  return { circuit, events, probes: () => probes };
}

describe('DatabaseCircuit', () => {
  it('stays closed when a unit fails but the probe finds the database up', async () => {
    const { circuit, events } = circuitOver({ up: true });
    circuit.admit().unavailable();
    await wait(30);
    expect(circuit.state).toBe('CLOSED');
    expect(events).toEqual([]);
    circuit.close();
  });

  it('opens when a unit fails and the probe fails too; then fails units at once with CIRCUIT_OPEN', async () => {
    const { circuit, events } = circuitOver({ up: false });
    circuit.admit().unavailable();
    await wait(30);
    expect(circuit.state).toBe('OPEN');
    expect(events).toEqual(['open']);
    let refused: unknown;
    try {
      circuit.admit();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DatabaseUnavailableError);
    expect((refused as DatabaseUnavailableError).reason).toBe('CIRCUIT_OPEN');
    circuit.close();
  });

  it("says why it opened: the failed probe's own error, so an operator can tell a refused connection from a dry pool", async () => {
    const reasons: string[] = [];
    const { circuit } = circuitOver({ up: false }, { onOpen: (reason) => reasons.push(reason) });
    circuit.admit().unavailable();
    await wait(30);
    expect(reasons).toEqual(['the probe failed: ECONNREFUSED']);
    circuit.close();
  });

  it('probes in the background while open and closes as soon as the database answers', async () => {
    const database = { up: false };
    const { circuit, events } = circuitOver(database);
    circuit.admit().unavailable();
    await wait(50);
    expect(circuit.state).toBe('OPEN');
    database.up = true;
    const upAt = Date.now();
    while (circuit.state === 'OPEN' && Date.now() - upAt < 1_000) await wait(5);
    expect(circuit.state).toBe('CLOSED');
    expect(Date.now() - upAt).toBeLessThan(200);
    expect(events).toEqual(['open', 'close']);
    expect(() => circuit.admit().answered()).not.toThrow();
    circuit.close();
  });

  it('a frozen database: units hanging with none finishing make it probe; the silent probe opens it and fails the units in flight', async () => {
    const database = { up: true, frozen: true };
    const { circuit } = circuitOver(database);
    const ticket = circuit.admit();
    const started = Date.now();
    await expect(ticket.aborted).rejects.toBeInstanceOf(DatabaseUnavailableError);
    // stall (80 ms) + probe timeout (100 ms), with timer slack
    expect(Date.now() - started).toBeLessThan(600);
    expect(circuit.state).toBe('OPEN');
    expect(circuit.load).toBe(0);
    circuit.close();
  });

  it('a slow probe while other units still get answers is a busy database: it stays closed', async () => {
    const { circuit } = circuitOver({ up: true, frozen: true }, { stallAfterMs: 10_000 });
    const ticket = circuit.admit();
    const checking = circuit.check();
    await wait(20);
    circuit.admit().answered();
    expect(await checking).toBe(true);
    expect(circuit.state).toBe('CLOSED');
    ticket.answered();
    circuit.close();
  });

  it('does not probe while units keep finishing', async () => {
    const { circuit, probes } = circuitOver({ up: true }, { stallAfterMs: 400 });
    const end = Date.now() + 250;
    while (Date.now() < end) {
      const ticket = circuit.admit();
      await wait(10);
      ticket.answered();
    }
    expect(probes()).toBe(0);
    circuit.close();
  });

  it('sheds load: beyond maxInFlight units a new one is refused with OVERLOADED', () => {
    const { circuit } = circuitOver({ up: true }, { stallAfterMs: 10_000 });
    const tickets = [circuit.admit(), circuit.admit(), circuit.admit()];
    expect(() => circuit.admit()).toThrow(OverloadedError);
    tickets[0]?.answered();
    expect(() => circuit.admit()).not.toThrow();
    circuit.close();
  });
});
