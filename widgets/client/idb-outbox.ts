import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Outbox } from './outbox.js';
import type { FeedbackRecordInput } from '../../core/schemas/feedback.js';
import type { DeadLetter, DeliveryTarget, OutboxEntry } from './types.js';

interface OutboxSchema<R, T> extends DBSchema {
  outbox: { key: string; value: OutboxEntry<R, T> };
  'dead-letter': { key: string; value: DeadLetter<R, T> };
}

export const OUTBOX_DB = 'proactiva-outbox';

/**
 * The outbox in IndexedDB (same origin as the host page, no cookies). Survives reloads and
 * browser restarts, so an answer given offline is sent on a later visit.
 */
export async function openIdbOutbox<R = FeedbackRecordInput, T = DeliveryTarget>(name = OUTBOX_DB): Promise<Outbox<R, T>> {
  const db: IDBPDatabase<OutboxSchema<R, T>> = await openDB<OutboxSchema<R, T>>(name, 1, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'id' });
      database.createObjectStore('dead-letter', { keyPath: 'id' });
    },
    blocking() {
      // A newer version of the widget wants to upgrade the database: let it.
      db.close();
    },
  });
  return {
    durable: true,
    async add(entry) {
      const tx = db.transaction(['outbox', 'dead-letter'], 'readwrite');
      const [waiting, dead] = await Promise.all([tx.objectStore('outbox').get(entry.id), tx.objectStore('dead-letter').get(entry.id)]);
      if (waiting || dead) {
        await tx.done;
        return false;
      }
      await tx.objectStore('outbox').add(entry);
      await tx.done;
      return true;
    },
    async all() {
      const entries = await db.getAll('outbox');
      return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    async update(entry) {
      const tx = db.transaction('outbox', 'readwrite');
      if (await tx.store.get(entry.id)) await tx.store.put(entry);
      await tx.done;
    },
    async remove(id) {
      await db.delete('outbox', id);
    },
    async bury(entry, reason, now) {
      const tx = db.transaction(['outbox', 'dead-letter'], 'readwrite');
      await tx.objectStore('dead-letter').put({ ...entry, reason, deadAt: now });
      await tx.objectStore('outbox').delete(entry.id);
      await tx.done;
    },
    async deadLetters() {
      return db.getAll('dead-letter');
    },
    close() {
      db.close();
    },
  };
}
