// The extension's IndexedDB, typed, with an upgrade ladder. Opened only by the background and extension pages:
// a content script's IndexedDB would belong to linkedin.com or x.com.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Contact } from '../messages.ts';
import type { EchoChunk } from '../engine/echo-index.ts';
import { countedKey, type CountedIds } from './counted-ids.ts';

export const DB_NAME = 'echo-screen';
export const DB_VERSION = 4;

export interface StoredLabel {
  messageId: string;
  label: 'pitch' | 'genuine';
  /** Kept only because the user labelled this message explicitly: the personal layer is rebuilt from it. */
  text: string;
  platform: 'linkedin' | 'x';
  senderId: string;
  at: number;
}

export interface EchoScreenSchema extends DBSchema {
  contacts: {
    key: [string, string];
    value: Contact;
    indexes: { byAddedAt: string };
  };
  /** The user's own relabels, keyed by message id; the source of truth for the personal layer. */
  labels: { key: string; value: StoredLabel };
  /** Echo index records, a run per row, column by column (the index is rebuilt by replaying them). Never message text. */
  echoChunks: { key: number; value: EchoChunk };
  /** Conversations the user has written in, keyed "platform:conversationId". */
  written: { key: string; value: { senderKey: string; at: number } };
  /** Small facts about the stores, e.g. which fingerprint version the echo records use. */
  meta: { key: string; value: { key: string; value: string } };
  /** When each real contact's message was last screened (epoch ms), keyed like contacts. */
  contactSeen: { key: [string, string]; value: ContactSeen };
  /** Aggregate counters per local day "YYYY-MM-DD". Counts and ids only, never message text. */
  dailyStats: { key: string; value: DailyStats };
  /** Hashes of the message ids already counted in dailyStats, so a re-screened message is counted once. */
  countedIds: { key: number; value: CountedIds };
}

export interface ContactSeen {
  platform: 'linkedin' | 'x';
  id: string;
  at: number;
}

export interface DailyStats {
  day: string;
  pitch: number;
  clean: number;
  contact: number;
  /** Tactic id → pitches that showed it. */
  tactics: Record<string, number>;
  /** Echo template id → most distinct senders seen that day. */
  echoes: Record<string, number>;
  /** The user's corrections: "not a pitch" (a false positive) and "pitch" (a miss). */
  notPitch: number;
  missed: number;
}

export type EchoScreenDb = IDBPDatabase<EchoScreenSchema>;
type UpgradeTx = IDBPTransaction<EchoScreenSchema, StoreNames<EchoScreenSchema>[], 'versionchange'>;

// Each step upgrades from the version before it; never edit a released step, add the next one.
// The db is typed for the newest schema; earlier steps name stores that may since have gone, hence the casts.
const upgrades: Array<(db: EchoScreenDb, tx: UpgradeTx) => void> = [
  // v1 (2026-11-27): contacts, labels, per-message echo rows, written conversations.
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: ['platform', 'id'] });
    contacts.createIndex('byAddedAt', 'addedAt');
    db.createObjectStore('labels', { keyPath: 'messageId' });
    (db as unknown as IDBPDatabase).createObjectStore('echo', { keyPath: 'messageId' });
    db.createObjectStore('written', { keyPath: 'senderKey' });
  },
  // v2 (2026-11-27): echo records must replay in insertion order, so they move to an auto-increment store;
  // the old rows were never shipped in a release, and the index rebuilds itself from new messages.
  (db) => {
    (db as unknown as IDBPDatabase).deleteObjectStore('echo');
    (db as unknown as IDBPDatabase).createObjectStore('echoRecords', { autoIncrement: true });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // v3 (2026-11-28): last-seen time per real contact, daily aggregate counters and the ids they have counted.
  (db) => {
    db.createObjectStore('contactSeen', { keyPath: ['platform', 'id'] });
    db.createObjectStore('dailyStats', { keyPath: 'day' });
    (db as unknown as IDBPDatabase).createObjectStore('countedMessages', { keyPath: 'id' }).createIndex('byDay', 'day');
  },
  // v4 (2026-11-27): echo records move to column chunks (typed arrays, ~150 bytes a message instead of ~550). The old
  // rows hold fp1 signatures, which the fp2 index cannot read (they would be cleared on load): dropped, not converted.
  // Counted message ids become hashes in one row per day (8 bytes an id instead of ~190), converted.
  (db, tx) => {
    (db as unknown as IDBPDatabase).deleteObjectStore('echoRecords');
    db.createObjectStore('echoChunks', { autoIncrement: true });
    const countedIds = db.createObjectStore('countedIds', { autoIncrement: true });
    const old = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('countedMessages');
    const request = (unwrap(old) as IDBObjectStore).getAll() as IDBRequest<Array<{ id: string; day: string }>>;
    // Raw callbacks: the conversion must run inside the upgrade transaction, before it commits.
    request.onsuccess = () => {
      const byDay = new Map<string, number[]>();
      for (const { id, day } of request.result) {
        const ids = byDay.get(day);
        if (ids) ids.push(countedKey(id));
        else byDay.set(day, [countedKey(id)]);
      }
      for (const [day, ids] of byDay) (unwrap(countedIds) as IDBObjectStore).add({ day, ids: Float64Array.from(ids) });
      (db as unknown as IDBPDatabase).deleteObjectStore('countedMessages');
    };
  },
];

export function openEchoScreenDb(name = DB_NAME, version = DB_VERSION): Promise<EchoScreenDb> {
  return openDB<EchoScreenSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) upgrades[v]?.(db, tx);
    },
  });
}
