// The user's data as a whole: contacts import/undo, full backup and restore, erase, and insight aggregates.
import type { Contact, Insight, Responses } from '../messages.ts';
import { BACKUP_FORMAT, FILE_VERSION, type BackupFile } from '../backup-format.ts';
import { importContacts, listContactSeen, listContacts, replaceContacts } from '../storage/contacts.ts';
import { clearDb, exportDb, restoreDb } from '../storage/backup.ts';
import type { EchoScreenDb } from '../storage/db.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { dayOf, listDailyStats } from '../storage/stats.ts';

export interface DataService {
  importContacts(contacts: Contact[]): Promise<Responses['ui→bg:import-contacts']>;
  replaceContacts(contacts: Contact[]): Promise<Contact[]>;
  contactActivity(): Promise<Responses['ui→bg:contact-activity']>;
  exportAll(): Promise<BackupFile>;
  importAll(backup: BackupFile): Promise<void>;
  clearAll(): Promise<void>;
  insight(days: number): Promise<Insight>;
}

const DAY_MS = 86_400_000;

export function createDataService(options: {
  db: EchoScreenDb;
  /** The inbox's caches, re-read after the stores change underneath it. */
  reload: () => Promise<void>;
  readSettings: () => Promise<Settings>;
  writeSettings: (settings: Settings) => Promise<void>;
  now?: () => number;
}): DataService {
  const { db, reload } = options;
  const now = options.now ?? Date.now;

  return {
    async importContacts(contacts) {
      const previous = await listContacts(db);
      const { added, updated } = await importContacts(db, contacts);
      await reload();
      return { contacts: await listContacts(db), added, updated, previous };
    },
    async replaceContacts(contacts) {
      await replaceContacts(db, contacts);
      await reload();
      return listContacts(db);
    },
    async contactActivity() {
      return { seen: await listContactSeen(db) };
    },
    async exportAll() {
      const { contacts, labels } = await exportDb(db);
      return { format: BACKUP_FORMAT, version: FILE_VERSION, exportedAt: new Date(now()).toISOString(), contacts, labels, settings: await options.readSettings() };
    },
    async importAll(backup) {
      await restoreDb(db, backup);
      await options.writeSettings(backup.settings);
      await reload();
    },
    async clearAll() {
      await clearDb(db);
      await options.writeSettings(DEFAULT_SETTINGS);
      await reload();
    },
    async insight(days) {
      const list = await listDailyStats(db, dayOf(now() - (days - 1) * DAY_MS));
      const tactics = new Map<string, number>();
      const echoes = new Map<string, number>();
      for (const d of list) {
        for (const [id, n] of Object.entries(d.tactics)) tactics.set(id, (tactics.get(id) ?? 0) + n);
        for (const [t, n] of Object.entries(d.echoes)) echoes.set(t, Math.max(echoes.get(t) ?? 0, n));
      }
      return {
        days: list,
        tactics: [...tactics].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count).slice(0, 8),
        echoes: [...echoes].map(([template, senders]) => ({ template, senders })).sort((a, b) => b.senders - a.senders).slice(0, 8),
      };
    },
  };
}
