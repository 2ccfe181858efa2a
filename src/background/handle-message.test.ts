import { describe, expect, it, vi } from 'vitest';
import type { InboxService } from './inbox-service.ts';
import { changesContacts, handleMessage } from './handle-message.ts';

const ext = 'chrome-extension://abcdef/';
function fakeService(): InboxService {
  return {
    screen: vi.fn(async (messages) => messages.map((m) => ({ id: m.id, verdict: 'clean' as const, score: 0.1, tactics: [], echo: null }))),
    listContacts: vi.fn(async () => []),
    addContact: vi.fn(async (c) => [c]),
    removeContact: vi.fn(async () => []),
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
    expect(changesContacts({ type: 'ui→bg:add-contact' })).toBe(true);
    expect(changesContacts({ type: 'ui→bg:list-contacts' })).toBe(false);
  });
});
