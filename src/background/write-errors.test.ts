// A full disk or a failed IndexedDB write is reported to the sender, never swallowed, and leaves no half-done change.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import modelSnapshot from '../engine/model.json';

const failing = { on: false };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// The real database, with every write refused while `failing.on` (as a full disk or a revoked quota does).
vi.mock('../storage/db.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../storage/db.ts')>();
  const WRITES = new Set(['put', 'add', 'delete', 'clear']);
  return {
    ...real,
    openEchoScreenDb: async (...args: Parameters<typeof real.openEchoScreenDb>) => {
      const db = await real.openEchoScreenDb(`write-errors-${Math.random()}`, args[1]);
      return new Proxy(db, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (typeof value !== 'function') return value;
          if (failing.on && WRITES.has(String(prop))) return () => Promise.reject(quota());
          if (failing.on && prop === 'transaction')
            return (stores: never, mode?: string, ...rest: never[]) => {
              if (mode === 'readwrite') throw quota();
              return (value as (...a: unknown[]) => unknown).call(target, stores, mode, ...rest);
            };
          return (value as (...a: unknown[]) => unknown).bind(target);
        },
      });
    },
  };
});

const contact = { platform: 'x', id: '42', name: 'Sam', note: '', addedAt: '2026-11-28T00:00:00.000Z' };

async function send(message: unknown, url: string): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, { url } as never);
  return replies.find((r: unknown) => r !== undefined);
}

describe('the background under failing writes', () => {
  let popup: string;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.resetModules();
    failing.on = false;
    // The fake browser has no tab messaging; the rescreen notice after a change is not what is tested here.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const { startBackground } = await import('./start.ts');
    startBackground(modelSnapshot);
    popup = fakeBrowser.runtime.getURL('/popup.html');
  });

  it('a failed start (the first write refused) is reported, and the next message starts it again', async () => {
    failing.on = true;
    expect(await send({ type: 'ui→bg:list-contacts' }, popup)).toEqual({ error: expect.stringMatching(/quota/i) });
    failing.on = false;
    expect(await send({ type: 'ui→bg:list-contacts' }, popup)).toEqual({ contacts: [] });
  });

  it('replies to the popup with the quota error, and the contact list is unchanged', async () => {
    expect(await send({ type: 'ui→bg:list-contacts' }, popup)).toEqual({ contacts: [] });
    failing.on = true;
    expect(await send({ type: 'ui→bg:add-contact', contact }, popup)).toEqual({ error: expect.stringMatching(/quota/i) });
    failing.on = false;
    expect(await send({ type: 'ui→bg:list-contacts' }, popup)).toEqual({ contacts: [] });
    expect(await send({ type: 'ui→bg:add-contact', contact }, popup)).toEqual({ contacts: [expect.objectContaining({ id: '42' })] });
  });

  it('replies to a content script with an error for feedback and for a batch it could not record, so it retries', async () => {
    const page = 'https://x.com/i/chat/1-2';
    expect(await send({ type: 'ui→bg:list-contacts' }, popup)).toEqual({ contacts: [] });
    failing.on = true;
    const feedback = { messageId: 'm1', label: 'genuine', text: 'hi there', platform: 'x', senderId: '1' };
    expect(await send({ type: 'cs→bg:feedback', feedback }, page)).toEqual({ error: expect.stringMatching(/quota/i) });
    const batch = {
      type: 'cs→bg:screen',
      messages: [{ id: 'o1', conversationId: '1-2', direction: 'out', text: 'see you then', sender: { platform: 'x', id: 'me', name: 'Me' } }],
    };
    expect(await send(batch, page)).toEqual({ error: expect.stringMatching(/quota/i) });
    failing.on = false;
    expect(await send(batch, page)).toEqual({ results: [expect.objectContaining({ id: 'o1' })] });
  });
});
