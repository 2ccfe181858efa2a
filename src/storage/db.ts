// The extension's IndexedDB, typed, with an upgrade ladder. Opened only by the background and extension pages:
// a content script's IndexedDB would belong to linkedin.com or x.com.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Contact } from '../messages.ts';

export const DB_NAME = 'echo-screen';
export const DB_VERSION = 1;

export interface EchoScreenSchema extends DBSchema {
  contacts: {
    key: [string, string];
    value: Contact;
    indexes: { byAddedAt: string };
  };
  /** The user's own relabels, keyed by message id; the source of truth for the personal layer. */
  labels: {
    key: string;
    value: { messageId: string; label: 'pitch' | 'genuine'; text: string; senderKey: string; at: number };
  };
  /** Echo index records: fingerprints, sender, conversation, time, verdict. Never message text. */
  echo: {
    key: string;
    value: { messageId: string; record: unknown };
  };
  /** Senders the user has written to (outgoing messages seen), keyed "platform:id". */
  written: {
    key: string;
    value: { senderKey: string; at: number };
  };
}

export type EchoScreenDb = IDBPDatabase<EchoScreenSchema>;

// Each step upgrades from the version before it; never edit a released step, add the next one.
const upgrades: Array<(db: IDBPDatabase<EchoScreenSchema>) => void> = [
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: ['platform', 'id'] });
    contacts.createIndex('byAddedAt', 'addedAt');
    db.createObjectStore('labels', { keyPath: 'messageId' });
    db.createObjectStore('echo', { keyPath: 'messageId' });
    db.createObjectStore('written', { keyPath: 'senderKey' });
  },
];

export function openEchoScreenDb(name = DB_NAME): Promise<EchoScreenDb> {
  return openDB<EchoScreenSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) upgrades[v]?.(db);
    },
  });
}
