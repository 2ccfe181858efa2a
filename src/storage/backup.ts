// Whole-database export, import and erase. Each write is one IndexedDB transaction: all or nothing.
import type { Contact } from '../messages.ts';
import type { EchoScreenDb, StoredLabel } from './db.ts';

export interface DbBackup {
  contacts: Contact[];
  labels: StoredLabel[];
}

export async function exportDb(db: EchoScreenDb): Promise<DbBackup> {
  const tx = db.transaction(['contacts', 'labels'], 'readonly');
  const [contacts, labels] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('labels').getAll(), tx.done]);
  return { contacts, labels };
}

/** Replaces contacts and labels with the backup's, in one transaction. */
export async function restoreDb(db: EchoScreenDb, backup: DbBackup): Promise<void> {
  const tx = db.transaction(['contacts', 'labels'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const labels = tx.objectStore('labels');
  await Promise.all([
    contacts.clear(),
    labels.clear(),
    ...backup.contacts.map((c) => contacts.put(c)),
    ...backup.labels.map((l) => labels.put(l)),
    tx.done,
  ]);
}

const ALL_STORES = ['contacts', 'labels', 'echoChunks', 'written', 'meta', 'contactSeen', 'dailyStats', 'countedIds'] as const;

/** Erases everything the extension has stored in IndexedDB. */
export async function clearDb(db: EchoScreenDb): Promise<void> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
}
