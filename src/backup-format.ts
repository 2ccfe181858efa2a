// The file formats users import and export. Everything is validated in full before anything is written.
import type { Contact } from './messages.ts';
import type { StoredLabel } from './storage/db.ts';
import { MUTE_MODES, type MuteMode, type Settings } from './storage/settings.ts';
import { InvalidMessageError, LIMITS, fail, isRecord, parseContact, platform, reqStr, str } from './message-validation.ts';

export const CONTACTS_FORMAT = 'echo-screen/contacts';
export const BACKUP_FORMAT = 'echo-screen/backup';
export const FILE_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ContactsFile {
  format: typeof CONTACTS_FORMAT;
  version: typeof FILE_VERSION;
  contacts: Contact[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof FILE_VERSION;
  exportedAt: string;
  contacts: Contact[];
  labels: StoredLabel[];
  settings: Settings;
}

export { InvalidMessageError as InvalidFileError };

function isoDate(value: unknown, field: string): string {
  const s = reqStr(value, field, 64);
  if (Number.isNaN(Date.parse(s))) fail(`${field} must be a date`);
  return s;
}

/** A contact from a file: like a message's contact, but a date must be a date. Absent optionals stay absent. */
function fileContact(value: unknown, at: string): Contact {
  const c = parseContact(value, at);
  const raw = value as Record<string, unknown>;
  const out: Contact = { platform: c.platform, id: c.id, name: c.name, note: c.note, addedAt: raw.addedAt === undefined ? new Date().toISOString() : isoDate(raw.addedAt, `${at}.addedAt`) };
  if (c.handle !== undefined) out.handle = c.handle;
  if (c.profileUrl !== undefined) out.profileUrl = c.profileUrl;
  return out;
}

function list<T>(value: unknown, field: string, max: number, item: (v: unknown, at: string) => T): T[] {
  if (!Array.isArray(value)) fail(`${field} must be a list`);
  if (value.length > max) fail(`${field} has more than ${max} entries`);
  return value.map((v, i) => item(v, `${field}[${i}]`));
}

function header(value: unknown, format: string): Record<string, unknown> {
  if (!isRecord(value)) fail('the file is not an Echo Screen file');
  if (value.format !== format) fail(`the file's format is ${JSON.stringify(String(value.format ?? 'missing')).slice(0, 60)}, expected "${format}"`);
  if (value.version !== FILE_VERSION) fail(`version ${JSON.stringify(value.version ?? null)} is not supported (expected ${FILE_VERSION})`);
  return value;
}

/** One entry per platform+id; a later duplicate wins. */
const unique = (contacts: Contact[]) => [...new Map(contacts.map((c) => [`${c.platform}:${c.id}`, c])).values()];

export function parseContactList(value: unknown, field = 'contacts'): Contact[] {
  return unique(list(value, field, LIMITS.contacts, fileContact));
}

export function parseContactsFile(value: unknown): ContactsFile {
  const v = header(value, CONTACTS_FORMAT);
  return { format: CONTACTS_FORMAT, version: FILE_VERSION, contacts: parseContactList(v.contacts) };
}

export function parseLabel(value: unknown, at: string): StoredLabel {
  if (!isRecord(value)) fail(`${at} must be an object`);
  if (value.label !== 'pitch' && value.label !== 'genuine') fail(`${at}.label must be "pitch" or "genuine"`);
  if (typeof value.at !== 'number' || !Number.isFinite(value.at)) fail(`${at}.at must be a number`);
  return {
    messageId: reqStr(value.messageId, `${at}.messageId`, LIMITS.id),
    label: value.label,
    text: reqStr(value.text, `${at}.text`, LIMITS.text),
    platform: platform(value.platform, `${at}.platform`),
    senderId: str(value.senderId, `${at}.senderId`, LIMITS.id) ?? '',
    at: value.at,
  };
}

function phrases(value: unknown, field: string): string[] {
  return list(value, field, LIMITS.phrases, (v, at) => reqStr(v, at, LIMITS.phrase));
}

export function parseSettings(value: unknown, at = 'settings'): Settings {
  if (!isRecord(value)) fail(`${at} must be an object`);
  const { threshold, sites, echoMinSenders, customPhrases } = value;
  if (threshold !== null && (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1))) fail(`${at}.threshold must be null or between 0 and 1`);
  if (typeof echoMinSenders !== 'number' || !Number.isInteger(echoMinSenders) || echoMinSenders < 2 || echoMinSenders > 50) {
    fail(`${at}.echoMinSenders must be a whole number from 2 to 50`);
  }
  if (!isRecord(sites)) fail(`${at}.sites must be an object`);
  const site = (name: 'linkedin' | 'x') => {
    const s = sites[name];
    if (!isRecord(s) || typeof s.enabled !== 'boolean' || !MUTE_MODES.includes(s.mute as MuteMode)) {
      fail(`${at}.sites.${name} must have "enabled" (true/false) and "mute" (${MUTE_MODES.join(', ')})`);
    }
    return { enabled: s.enabled, mute: s.mute as MuteMode };
  };
  const custom = customPhrases === undefined ? { always: [], never: [] } : customPhrases;
  if (!isRecord(custom)) fail(`${at}.customPhrases must be an object`);
  return {
    threshold,
    sites: { linkedin: site('linkedin'), x: site('x') },
    echoMinSenders,
    customPhrases: { always: phrases(custom.always ?? [], `${at}.customPhrases.always`), never: phrases(custom.never ?? [], `${at}.customPhrases.never`) },
  };
}

export function parseBackupFile(value: unknown): BackupFile {
  const v = header(value, BACKUP_FORMAT);
  return {
    format: BACKUP_FORMAT,
    version: FILE_VERSION,
    exportedAt: str(v.exportedAt, 'exportedAt', 64, true) ?? '',
    contacts: parseContactList(v.contacts),
    labels: list(v.labels, 'labels', LIMITS.labels, parseLabel),
    settings: parseSettings(v.settings),
  };
}

/** JSON text → a parsed value, with the reason in words when it is not JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidMessageError(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
