import { describe, expect, it, vi } from 'vitest';
import type { DirectMessage } from '../sites/types.ts';
import { changesVerdicts, handleMessage, type BackgroundServices } from './handle-message.ts';

const ext = 'chrome-extension://abcdef/';
function fakeService(): BackgroundServices {
  return {
    screen: vi.fn(async (messages: DirectMessage[]) => messages.map((m) => ({ id: m.id, verdict: 'clean' as const, score: 0.1, tactics: [], echo: null }))),
    feedback: vi.fn(async () => undefined),
    wake: vi.fn(async () => 0),
    echoSenders: vi.fn(() => [{ senderKey: 'x:1', time: 5 }]),
    listContacts: vi.fn(async () => []),
    addContact: vi.fn(async (c) => [c]),
    removeContact: vi.fn(async () => []),
    preview: vi.fn(() => ({ threshold: 0.5, defaultThreshold: 0.5, results: [] })),
    reload: vi.fn(async () => undefined),
    importContacts: vi.fn(async (contacts) => ({ contacts, added: contacts.length, updated: 0, previous: [] })),
    replaceContacts: vi.fn(async (contacts) => contacts),
    contactActivity: vi.fn(async () => ({ seen: [] })),
    exportAll: vi.fn(),
    importAll: vi.fn(async () => undefined),
    clearAll: vi.fn(async () => undefined),
    insight: vi.fn(async () => ({ days: [], tactics: [], echoes: [] })),
  };
}
const contact = { platform: 'x', id: '1', name: 'Sam', note: '', addedAt: '2026-11-01T00:00:00Z' };

describe('handleMessage', () => {
  it('screens a valid batch from a content script', async () => {
    const service = fakeService();
    const reply = await handleMessage(
      service,
      { type: 'cs→bg:screen', messages: [{ id: 'a', conversationId: 'c', direction: 'in', text: 'hi', sender: { platform: 'x', id: '1', name: 'S' } }] },
      { url: 'https://x.com/i/chat/1-2', extensionOrigin: ext },
    );
    expect(reply).toEqual({ results: [{ id: 'a', verdict: 'clean', score: 0.1, tactics: [], echo: null }] });
  });

  it('answers a content script\'s wake-up at once, starting the warm-up and touching nothing else', async () => {
    const service = fakeService();
    vi.mocked(service.wake).mockReturnValue(new Promise(() => undefined)); // a warm-up still running does not hold the answer
    const reply = await handleMessage(service, { type: 'cs→bg:wake', platform: 'linkedin' }, { url: 'https://www.linkedin.com/messaging/', extensionOrigin: ext });
    expect(reply).toEqual({ ok: true });
    expect(service.wake).toHaveBeenCalledExactlyOnceWith('linkedin');
    for (const [name, fn] of Object.entries(service)) if (name !== 'wake') expect(fn).not.toHaveBeenCalled();
  });

  it('rejects a malformed batch without calling the service', async () => {
    const service = fakeService();
    const reply = await handleMessage(service, { type: 'cs→bg:screen', messages: [{ id: 7 }] }, { url: 'https://x.com/', extensionOrigin: ext });
    expect(reply).toHaveProperty('error');
    expect(service.screen).not.toHaveBeenCalled();
  });

  it('refuses contact changes from a site page', async () => {
    const service = fakeService();
    const reply = await handleMessage(service, { type: 'ui→bg:add-contact', contact }, { url: 'https://www.linkedin.com/feed/', extensionOrigin: ext });
    expect(reply).toEqual({ error: expect.stringMatching(/only from the extension/) });
    expect(service.addContact).not.toHaveBeenCalled();
  });

  it('accepts contact changes from the popup', async () => {
    const service = fakeService();
    const reply = await handleMessage(service, { type: 'ui→bg:add-contact', contact }, { url: `${ext}popup.html`, extensionOrigin: ext });
    expect(reply).toMatchObject({ contacts: [{ id: '1' }] });
    expect(changesVerdicts({ type: 'ui→bg:add-contact' })).toBe(true);
    expect(changesVerdicts({ type: 'ui→bg:list-contacts' })).toBe(false);
  });

  it('records feedback from a content script and lists an echo cluster for the UI', async () => {
    const service = fakeService();
    const feedback = { messageId: 'm', label: 'genuine', text: 'hi there', platform: 'x', senderId: '1' };
    expect(await handleMessage(service, { type: 'cs→bg:feedback', feedback }, { url: 'https://x.com/i/chat/1-2', extensionOrigin: ext })).toEqual({ ok: true });
    expect(service.feedback).toHaveBeenCalledWith(feedback);
    expect(changesVerdicts({ type: 'cs→bg:feedback' })).toBe(true);
    expect(await handleMessage(service, { type: 'ui→bg:echo-senders', template: 'echo:1' }, { url: `${ext}options.html`, extensionOrigin: ext })).toEqual({
      senders: [{ senderKey: 'x:1', time: 5 }],
    });
  });

  it('rejects feedback with an unknown label', async () => {
    const service = fakeService();
    const feedback = { messageId: 'm', label: 'spam', text: 'hi', platform: 'x', senderId: '1' };
    expect(await handleMessage(service, { type: 'cs→bg:feedback', feedback }, { url: 'https://x.com/', extensionOrigin: ext })).toHaveProperty('error');
    expect(service.feedback).not.toHaveBeenCalled();
  });

  it('accepts data messages only from extension pages, and tells tabs to rescreen after imports and erases', async () => {
    const service = fakeService();
    const contacts = [{ platform: 'x', id: '1', name: 'Sam', note: '', addedAt: '2026-11-01T00:00:00Z' }];
    for (const message of [{ type: 'ui→bg:import-contacts', contacts }, { type: 'ui→bg:clear-all' }, { type: 'ui→bg:export-all' }, { type: 'ui→bg:insight', days: 7 }]) {
      expect(await handleMessage(service, message, { url: 'https://x.com/i/chat', extensionOrigin: ext })).toEqual({ error: expect.stringMatching(/only from the extension/) });
    }
    expect(service.importContacts).not.toHaveBeenCalled();
    expect(service.clearAll).not.toHaveBeenCalled();
    expect(await handleMessage(service, { type: 'ui→bg:import-contacts', contacts }, { url: `${ext}options.html`, extensionOrigin: ext })).toMatchObject({ added: 1 });
    expect(await handleMessage(service, { type: 'ui→bg:insight', days: 7 }, { url: `${ext}popup.html`, extensionOrigin: ext })).toEqual({ days: [], tactics: [], echoes: [] });
    for (const type of ['ui→bg:import-contacts', 'ui→bg:replace-contacts', 'ui→bg:import-all', 'ui→bg:clear-all']) expect(changesVerdicts({ type })).toBe(true);
    expect(changesVerdicts({ type: 'ui→bg:export-all' })).toBe(false);
  });

  it('rejects an import with one bad contact without calling the service', async () => {
    const service = fakeService();
    const contacts = [{ platform: 'x', id: '1', name: 'Sam', note: '' }, { platform: 'x', id: 5, name: 'Bad' }];
    expect(await handleMessage(service, { type: 'ui→bg:import-contacts', contacts }, { url: `${ext}options.html`, extensionOrigin: ext })).toEqual({
      error: expect.stringMatching(/contacts\[1\]\.id/),
    });
    expect(service.importContacts).not.toHaveBeenCalled();
  });
});
