import { describe, expect, it } from 'vitest';
import { createDelivery } from '../../../widgets/client/delivery.js';
import { memoryOutbox } from '../../../widgets/client/outbox.js';
import { hasPendingAnswers } from '../../../widgets/client/pending-marker.js';
import { trackPendingAnswers } from '../../../widgets/client/pending-tracker.js';
import type { KeyValueStore } from '../../../widgets/feedback/answered.js';
import { FakeCollector } from './fake-collector.js';
import { aRecord, TARGET } from './record-fixture.js';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function delivery(collector: FakeCollector) {
  return createDelivery({
    outbox: memoryOutbox(),
    fetch: collector.fetch,
    clock: { now: () => Date.now(), setTimeout: () => 0, clearTimeout: () => {} },
  });
}

describe('the "answers waiting" flag', () => {
  it('is set while an answer waits in the outbox and cleared once it is delivered', async () => {
    const collector = new FakeCollector();
    collector.mode = 'down';
    const store = memoryStore();
    const d = delivery(collector);
    trackPendingAnswers(d, store);
    await d.submit(aRecord(), TARGET);
    await d.flush();
    expect(hasPendingAnswers(store)).toBe(true);
    collector.mode = 'up';
    await d.flush({ all: true });
    expect(collector.stored.size).toBe(1);
    expect(hasPendingAnswers(store)).toBe(false);
  });

  it('is cleared when it was stale (the outbox was already empty)', async () => {
    const store = memoryStore({ 'proactiva:pending': '1' });
    expect(hasPendingAnswers(store)).toBe(true);
    const d = delivery(new FakeCollector());
    trackPendingAnswers(d, store);
    await d.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(hasPendingAnswers(store)).toBe(false);
  });

  it('reads as "nothing waits" without storage', () => {
    expect(hasPendingAnswers(null)).toBe(false);
    expect(hasPendingAnswers({ getItem: () => { throw new Error('blocked'); }, setItem: () => {} })).toBe(false);
  });
});
