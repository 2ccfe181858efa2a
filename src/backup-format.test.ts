import { describe, expect, it } from 'vitest';
import { InvalidFileError, parseBackupFile, parseContactsFile, parseJsonText, parseSettings } from './backup-format.ts';
import { DEFAULT_SETTINGS } from './storage/settings.ts';

const sam = { platform: 'x', id: '12345', handle: '@SamK', name: 'Sam', profileUrl: 'https://x.com/SamK', note: 'climbing', addedAt: '2026-11-02T00:00:00.000Z' };
const file = (over: Record<string, unknown> = {}) => ({ format: 'echo-screen/contacts', version: 1, contacts: [sam], ...over });

describe('parseContactsFile', () => {
  it('accepts the documented format and keeps every field', () => {
    expect(parseContactsFile(file()).contacts).toEqual([sam]);
  });

  it('keeps one entry per platform and id, the later one winning', () => {
    expect(parseContactsFile(file({ contacts: [sam, { ...sam, note: 'new' }] })).contacts).toEqual([{ ...sam, note: 'new' }]);
  });

  it.each([
    ['a wrong format', file({ format: 'other' }), /format/],
    ['a newer version', file({ version: 2 }), /version 2 is not supported/],
    ['no contacts list', file({ contacts: {} }), /contacts must be a list/],
    ['a number for an id', file({ contacts: [{ ...sam, id: 7 }] }), /contacts\[0\]\.id must be a string/],
    ['an unknown platform', file({ contacts: [{ ...sam, platform: 'mastodon' }] }), /platform/],
    ['a date that is not a date', file({ contacts: [{ ...sam, addedAt: 'yesterday' }] }), /addedAt must be a date/],
    ['an array instead of an object', [], /not an Echo Screen file/],
  ])('refuses %s', (_, value, reason) => {
    expect(() => parseContactsFile(value)).toThrow(InvalidFileError);
    expect(() => parseContactsFile(value)).toThrow(reason);
  });

  it('says when a file is not JSON', () => {
    expect(() => parseJsonText('{"format": ')).toThrow(/not valid JSON/);
  });
});

describe('parseBackupFile', () => {
  const label = { messageId: 'm1', label: 'genuine', text: 'hi', platform: 'x', senderId: '1', at: 5 };
  const backup = { format: 'echo-screen/backup', version: 1, exportedAt: '2026-11-28T00:00:00.000Z', contacts: [sam], labels: [label], settings: DEFAULT_SETTINGS };

  it('round-trips through JSON unchanged', () => {
    expect(parseBackupFile(JSON.parse(JSON.stringify(backup)))).toEqual(backup);
  });

  it('refuses settings with a mute mode it does not know or a threshold out of range', () => {
    expect(() => parseSettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, x: { enabled: true, mute: 'explode' } } })).toThrow(/mute/);
    expect(() => parseSettings({ ...DEFAULT_SETTINGS, threshold: 3 })).toThrow(/threshold/);
    expect(() => parseBackupFile({ ...backup, labels: [{ ...label, label: 'spam' }] })).toThrow(/label must be/);
  });
});
