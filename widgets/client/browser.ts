import { browserEnvironment } from './browser-environment.js';
import { createDelivery, type Delivery } from './delivery.js';
import { openIdbOutbox } from './idb-outbox.js';
import { memoryOutbox, type Outbox } from './outbox.js';
import { watchPageLifecycle } from './page-lifecycle.js';

let shared: Promise<Delivery> | null = null;

/**
 * The page's one delivery loop, shared by every <proactiva-feedback> on it: the outbox in
 * IndexedDB (in memory when IndexedDB is unavailable), the real fetch and clock, bound to the
 * page's lifecycle. Started on first use, which also retries what earlier visits left waiting.
 */
export function browserDelivery(): Promise<Delivery> {
  shared ??= (async () => {
    let outbox: Outbox;
    try {
      outbox = await openIdbOutbox();
    } catch (error) {
      console.warn('proactiva: IndexedDB is unavailable, answers wait in memory until sent', error);
      outbox = memoryOutbox();
    }
    const delivery = createDelivery({
      outbox,
      ...browserEnvironment(),
    });
    watchPageLifecycle(delivery, window);
    void delivery.start();
    return delivery;
  })();
  return shared;
}
