import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import modelSnapshot from '../engine/model.json';
import type { Contact } from '../messages.ts';
import type { DirectMessage } from '../sites/types.ts';
import { openEchoScreenDb } from '../storage/db.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { createDataService } from './data-service.ts';
import { createInboxService } from './inbox-service.ts';

const ada: Contact = { platform: 'linkedin', id: 'ACoAAda', name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/', note: 'Lisbon', addedAt: '2026-11-01T00:00:00.000Z' };
const sam: Contact = { platform: 'x', id: '12345', handle: '@SamK', name: 'Sam', note: '', addedAt: '2026-11-02T00:00:00.000Z' };
const PITCH = 'Hi Alex, we have so much in common! I help busy professionals build a six-figure online business in 90 days without quitting their job. Open to a quick 15-minute call this week?';

const dm = (id: string, sender: string, text = PITCH, over: Partial<DirectMessage> = {}): DirectMessage => ({
  id,
  conversationId: `c-${sender}`,
  direction: 'in',
  text,
  sender: { platform: 'linkedin', id: sender, name: sender },
  ...over,
});

async function setup() {
  const db = await openEchoScreenDb(`data-${Math.random()}`);
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const inbox = await createInboxService({ db, modelSnapshot, settings: async () => settings });
  const data = createDataService({
    db,
    reload: inbox.reload,
    readSettings: async () => settings,
    writeSettings: async (s) => void (settings = structuredClone(s)),
  });
  return { db, inbox, data, setSettings: (s: Settings) => (settings = s) };
}

describe('createDataService', () => {
  it('export → clear → import restores identical contacts, labels and settings', async () => {
    const { inbox, data, setSettings } = await setup();
    await inbox.addContact(ada);
    await inbox.addContact(sam);
    await inbox.feedback({ messageId: 'm1', label: 'genuine', text: 'hello there', platform: 'x', senderId: '9' });
    setSettings({ ...DEFAULT_SETTINGS, threshold: 0.7, echoMinSenders: 3, customPhrases: { always: ['crypto signals'], never: [] } });
    const exported = await data.exportAll();

    await data.clearAll();
    const empty = await data.exportAll();
    expect(empty.contacts).toEqual([]);
    expect(empty.labels).toEqual([]);
    expect(empty.settings).toEqual(DEFAULT_SETTINGS);
    expect(await inbox.listContacts()).toEqual([]);

    await data.importAll(JSON.parse(JSON.stringify(exported)));
    const again = await data.exportAll();
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    expect((await inbox.screen([dm('p1', 'ACoAAda')]))[0]!.verdict).toBe('contact');
  });

  it('imports contacts in one go with counts and the previous list, and undoes to exactly that list', async () => {
    const { inbox, data } = await setup();
    await inbox.addContact(ada);
    const result = await data.importContacts([{ ...ada, note: 'updated' }, sam]);
    expect(result).toMatchObject({ added: 1, updated: 1, previous: [ada] });
    expect((await inbox.screen([dm('x1', '12345', PITCH, { sender: { platform: 'x', id: 'other', name: 'Sam', handle: 'samk' } })]))[0]!.verdict).toBe('contact');
    expect(await data.replaceContacts(result.previous)).toEqual([ada]);
    expect(await inbox.listContacts()).toEqual([ada]);
  });

  it('counts each screened message once per id, and corrections per day', async () => {
    const { inbox, data } = await setup();
    await inbox.addContact(ada);
    await inbox.screen([dm('a', 'ACoAAp1'), dm('b', 'ACoAAda'), dm('c', 'ACoAAf1', 'are we still on for ramen on Friday?'), dm('row:x', 'ACoAAp2')]);
    await inbox.screen([dm('a', 'ACoAAp1'), dm('b', 'ACoAAda')]);
    await inbox.feedback({ messageId: 'a', label: 'genuine', text: PITCH, platform: 'linkedin', senderId: 'ACoAAp1' });
    const { days, tactics } = await data.insight(7);
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({ pitch: 1, clean: 1, contact: 1, notPitch: 1, missed: 0 });
    expect(tactics.length).toBeGreaterThan(0);
    expect(JSON.stringify(days)).not.toContain('ramen');
  });

  it('remembers when a real contact was last seen', async () => {
    const { inbox, data } = await setup();
    await inbox.addContact(ada);
    const before = Date.now();
    await inbox.screen([dm('s1', 'someone-else', 'hi', { sender: { platform: 'linkedin', id: 'x', name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada' } })]);
    const { seen } = await data.contactActivity();
    expect(seen).toEqual([{ platform: 'linkedin', id: 'ACoAAda', at: expect.any(Number) }]);
    expect(seen[0]!.at).toBeGreaterThanOrEqual(before);
  });

  it('flags and clears messages by the user’s own phrases', async () => {
    const { inbox, setSettings } = await setup();
    const text = 'Would you like a pair of tickets for the gig on Saturday?';
    expect((await inbox.screen([dm('t1', 'ACoAAg1', text)]))[0]!.verdict).toBe('clean');
    setSettings({ ...DEFAULT_SETTINGS, customPhrases: { always: ['pair of tickets'], never: [] } });
    const [flagged] = await inbox.screen([dm('t2', 'ACoAAg1', text)]);
    expect(flagged).toMatchObject({ verdict: 'pitch', tactics: expect.arrayContaining([{ id: 'custom-phrase', evidence: 'pair of tickets' }]) });
    setSettings({ ...DEFAULT_SETTINGS, customPhrases: { always: [], never: ['six-figure'] } });
    expect((await inbox.screen([dm('t3', 'ACoAAg2')]))[0]!.verdict).toBe('clean');
  });
});
