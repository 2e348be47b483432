/**
 * The delivery loop against a fake collector, with both outboxes (IndexedDB via fake-indexeddb,
 * and memory): backoff schedule, dedupe, dead-letter, retry after a reload, nothing lost and
 * nothing counted twice.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDelivery, type DeliveryEvent, type DeliveryOptions } from '../../../widgets/client/delivery.js';
import { openIdbOutbox } from '../../../widgets/client/idb-outbox.js';
import { memoryOutbox, type Outbox } from '../../../widgets/client/outbox.js';
import { FakeClock } from './fake-clock.js';
import { FakeCollector } from './fake-collector.js';
import { aRecord, TARGET } from './record-fixture.js';

let dbCount = 0;
const outboxes: [string, () => Promise<Outbox>][] = [
  ['IndexedDB', () => openIdbOutbox(`outbox-test-${++dbCount}`)],
  ['memory', async () => memoryOutbox()],
];

function setup(outbox: Outbox, extra: Partial<DeliveryOptions> = {}) {
  const clock = new FakeClock();
  const collector = new FakeCollector();
  const events: DeliveryEvent[] = [];
  const delivery = createDelivery({ outbox, fetch: collector.fetch, clock, random: () => 0.5, ...extra });
  delivery.subscribe((e) => events.push(e));
  return { clock, collector, delivery, events, outbox };
}

describe.each(outboxes)('delivery with the %s outbox', (_name, open) => {
  it('delivers a record once and empties the outbox on the acknowledgement', async () => {
    const { collector, delivery, outbox, events } = setup(await open());
    const record = aRecord();
    await delivery.submit(record, TARGET);
    await delivery.flush();
    expect([...collector.stored.keys()]).toEqual([record.id]);
    expect(collector.requests).toHaveLength(1);
    expect(await outbox.all()).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['queued', 'delivered']);
  });

  it('keeps the record while the collector is down, backing off 1.5 s, 3 s, 6 s… then delivers it exactly once', async () => {
    const { clock, collector, delivery, outbox } = setup(await open());
    collector.mode = 'down';
    const record = aRecord();
    await delivery.submit(record, TARGET);
    await delivery.flush();
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const [entry] = await outbox.all();
      expect(entry?.attempts).toBe(i + 1);
      expect(entry?.lastError).toBe('network: Failed to fetch');
      waits.push(entry!.nextAttemptAt - clock.now());
      expect(clock.nextTimerAt()).toBe(entry!.nextAttemptAt);
      clock.advance(entry!.nextAttemptAt - clock.now());
      await delivery.flush();
    }
    expect(waits).toEqual([1_500, 3_000, 6_000, 12_000, 24_000, 48_000]);
    expect(collector.requests).toHaveLength(7);
    expect(collector.stored.size).toBe(0);

    collector.mode = 'up';
    const [entry] = await outbox.all();
    clock.advance(entry!.nextAttemptAt - clock.now());
    await delivery.flush();
    expect(collector.inserts.get(record.id)).toBe(1);
    expect(await outbox.all()).toEqual([]);
    expect(clock.nextTimerAt()).toBeNull();
  });

  it('does not try before the backoff step is over', async () => {
    const { clock, collector, delivery } = setup(await open());
    collector.mode = 'down';
    await delivery.submit(aRecord(), TARGET);
    await delivery.flush();
    clock.advance(1_000);
    await delivery.flush();
    expect(collector.requests).toHaveLength(1);
  });

  it('resends after a lost acknowledgement, and the uuid keeps it from being counted twice', async () => {
    const { clock, collector, delivery, outbox } = setup(await open());
    collector.mode = 'lose-ack';
    const record = aRecord();
    await delivery.submit(record, TARGET);
    await delivery.flush();
    expect(collector.stored.has(record.id)).toBe(true);
    expect(await outbox.all()).toHaveLength(1);
    collector.mode = 'up';
    clock.advance(60_000);
    await delivery.flush();
    expect(collector.requests).toHaveLength(2);
    expect(collector.inserts.get(record.id)).toBe(1);
    expect(await outbox.all()).toEqual([]);
  });

  it('queues the same uuid only once (double submit)', async () => {
    const { collector, delivery } = setup(await open());
    const record = aRecord();
    await Promise.all([delivery.submit(record, TARGET), delivery.submit(record, TARGET), delivery.submit({ ...record }, TARGET)]);
    await delivery.flush();
    expect(collector.requests).toHaveLength(1);
    expect(collector.stored.size).toBe(1);
  });

  it('sends each entry once however many flushes overlap', async () => {
    const { collector, delivery } = setup(await open());
    collector.mode = 'down';
    const records = [aRecord(), aRecord(), aRecord()];
    for (const r of records) await delivery.submit(r, TARGET);
    await delivery.flush();
    collector.mode = 'up';
    collector.requests.length = 0;
    await Promise.all([delivery.flush({ all: true }), delivery.flush({ all: true }), delivery.flush({ all: true }), delivery.start()]);
    expect(collector.requests.map((r) => r.body.id).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('moves a record the collector refuses (400) to the dead-letter list with the reason, and stops trying', async () => {
    const { clock, collector, delivery, outbox, events } = setup(await open());
    collector.mode = { status: 400, body: { error: { code: 'invalid', message: 'site: unknown site', field: 'site' } } };
    const record = aRecord();
    await delivery.submit(record, TARGET);
    await delivery.flush();
    expect(await outbox.all()).toEqual([]);
    const [dead] = await outbox.deadLetters();
    expect(dead).toMatchObject({ id: record.id, record, reason: { status: 400, code: 'invalid', field: 'site' }, deadAt: clock.now() });
    expect(events.at(-1)).toMatchObject({ type: 'rejected', id: record.id });
    clock.advance(3_600_000);
    await delivery.flush({ all: true });
    expect(collector.requests).toHaveLength(1);
    // A dead letter is never queued again under the same uuid.
    await delivery.submit(record, TARGET);
    await delivery.flush();
    expect(collector.requests).toHaveLength(1);
  });

  it('waits at least what Retry-After asks for on 429', async () => {
    const { clock, collector, delivery, outbox } = setup(await open());
    collector.mode = { status: 429, headers: { 'retry-after': '120' } };
    await delivery.submit(aRecord(), TARGET);
    await delivery.flush();
    const [entry] = await outbox.all();
    expect(entry!.nextAttemptAt - clock.now()).toBe(120_000);
  });

  it('gives up on a record undelivered for 30 days, keeping it in the dead-letter list', async () => {
    const { clock, collector, delivery, outbox } = setup(await open());
    collector.mode = { status: 503 };
    const record = aRecord();
    await delivery.submit(record, TARGET);
    await delivery.flush();
    clock.advance(31 * 86_400_000);
    await delivery.flush();
    expect(await outbox.all()).toEqual([]);
    expect((await outbox.deadLetters())[0]).toMatchObject({ id: record.id, reason: { code: 'expired', status: null } });
  });

  it('waits while offline without spending attempts, and sends when back online', async () => {
    let online = false;
    const { collector, delivery, outbox } = setup(await open(), { online: () => online });
    await delivery.submit(aRecord(), TARGET);
    await delivery.flush();
    expect(collector.requests).toHaveLength(0);
    expect((await outbox.all())[0]?.attempts).toBe(0);
    online = true;
    await delivery.flush({ all: true });
    expect(collector.stored.size).toBe(1);
  });

  it('on page hide, fires what waits at once, ignoring backoff, and each entry only once', async () => {
    const { collector, delivery, outbox } = setup(await open());
    collector.mode = 'down';
    await delivery.submit(aRecord(), TARGET);
    await delivery.submit(aRecord(), TARGET);
    await delivery.flush();
    collector.mode = 'up';
    collector.requests.length = 0;
    delivery.flushOnHide();
    delivery.flushOnHide();
    expect(collector.requests).toHaveLength(2);
    await delivery.flush();
    await new Promise((r) => setTimeout(r, 0));
    await delivery.flush();
    expect(collector.stored.size).toBe(2);
    expect(await outbox.all()).toEqual([]);
  });
});

describe('delivery across page loads (IndexedDB)', () => {
  it('sends on the next page load what an earlier page could not, before its backoff step is over', async () => {
    const name = `outbox-reload-${++dbCount}`;
    const first = setup(await openIdbOutbox(name));
    first.collector.mode = 'down';
    const record = aRecord();
    await first.delivery.submit(record, TARGET);
    await first.delivery.flush();
    first.delivery.stop();
    first.outbox.close();

    const second = setup(await openIdbOutbox(name));
    expect((await second.outbox.all()).map((e) => e.id)).toEqual([record.id]);
    await second.delivery.start();
    expect([...second.collector.stored.keys()]).toEqual([record.id]);
    expect(await second.outbox.all()).toEqual([]);
  });

  it('two tabs flushing the same outbox store each record once', async () => {
    const name = `outbox-tabs-${++dbCount}`;
    const collector = new FakeCollector();
    collector.mode = 'down';
    const clock = new FakeClock();
    const a = createDelivery({ outbox: await openIdbOutbox(name), fetch: collector.fetch, clock });
    const b = createDelivery({ outbox: await openIdbOutbox(name), fetch: collector.fetch, clock });
    const records = Array.from({ length: 5 }, () => aRecord());
    for (const r of records) await a.submit(r, TARGET);
    await a.flush();
    collector.mode = 'up';
    await Promise.all([a.start(), b.start()]);
    expect(collector.stored.size).toBe(5);
    expect([...collector.inserts.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('delivery under a failing collector', () => {
  it('1,000 records through a collector that fails 30 % of requests (half after storing): all stored, none twice', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const { clock, collector, delivery, outbox } = setup(await openIdbOutbox(`outbox-chaos-${++dbCount}`), { random });
    collector.mode = () => {
      const r = random();
      return r < 0.15 ? 'down' : r < 0.3 ? 'lose-ack' : 'up';
    };
    const records = Array.from({ length: 1_000 }, () => aRecord());
    for (const r of records) await delivery.submit(r, TARGET);
    for (let round = 0; round < 60 && (await outbox.all()).length > 0; round++) {
      clock.advance(300_000);
      await delivery.flush();
    }
    expect(await outbox.all()).toEqual([]);
    expect(await outbox.deadLetters()).toEqual([]);
    // Retries reuse the record's uuid: the collector saw exactly the submitted ids, each once.
    expect([...collector.stored.keys()].sort()).toEqual(records.map((r) => r.id).sort());
    expect(Math.max(...collector.inserts.values())).toBe(1);
    expect(collector.requests.length).toBeGreaterThan(1_000);
  });
});
