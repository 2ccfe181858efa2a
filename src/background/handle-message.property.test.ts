// Content scripts and pages are untrusted: junk is rejected before any service call, and only the extension's own
// pages reach the ui→bg messages, whatever URL a sender claims.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseToBackground } from '../message-validation.ts';
import { handleMessage, type BackgroundServices } from './handle-message.ts';

const ext = 'chrome-extension://abcdef/';

/** A service whose every method records its call; whatever methods the interface grows, a call is seen. */
function recordingService() {
  const calls: string[] = [];
  const service = new Proxy({} as BackgroundServices, {
    get: (_, name) =>
      typeof name === 'string' && name !== 'then'
        ? vi.fn((...args: unknown[]) => {
            calls.push(name);
            return name === 'screen' ? Promise.resolve((args[0] as unknown[]).map(() => ({}))) : Promise.resolve([]);
          })
        : undefined,
  });
  return { service, calls };
}

const junk = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.record({ type: fc.oneof(fc.string(), fc.constantFrom('cs→bg:screen', 'cs→bg:feedback', 'cs→bg:add-contact', 'ui→bg:add-contact', 'ui→bg:remove-contact')), messages: fc.anything(), contact: fc.anything(), feedback: fc.anything() }, { requiredKeys: ['type'] }),
);
const siteUrl = fc.oneof(
  fc.constantFrom(
    'https://www.linkedin.com/messaging/thread/1/',
    'https://x.com/i/chat/1-2',
    'chrome-extension://abcdef.evil.example/popup.html',
    'chrome-extension://abcdefg/popup.html',
    'chrome-extension://ABCDEF/popup.html',
    'https://abcdef/popup.html',
    'about:blank',
    '',
  ),
  fc.webUrl(),
  fc.constant(undefined),
);
const contact = { platform: 'x', id: '1', name: 'Sam', note: '', addedAt: '2026-11-01T00:00:00Z' };
const uiMessages = [
  { type: 'ui→bg:list-contacts' },
  { type: 'ui→bg:add-contact', contact },
  { type: 'ui→bg:remove-contact', platform: 'x', id: '1' },
  { type: 'ui→bg:echo-senders', template: 'echo:1' },
];

describe('handleMessage on untrusted input (fast-check)', () => {
  it('rejects every message the validator refuses, with an error and no service call', async () => {
    await fc.assert(
      fc.asyncProperty(junk, fc.oneof(siteUrl, fc.constant(`${ext}popup.html`)), async (raw, url) => {
        let valid = true;
        try {
          parseToBackground(raw);
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        const { service, calls } = recordingService();
        const reply = await handleMessage(service, raw, { url, extensionOrigin: ext });
        expect(reply).toEqual({ error: expect.any(String) });
        expect(calls).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses ui→bg messages from any sender that is not one of the extension pages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...uiMessages), siteUrl, async (message, url) => {
        const { service, calls } = recordingService();
        const reply = await handleMessage(service, message, { url, extensionOrigin: ext });
        expect(reply).toEqual({ error: expect.stringMatching(/only from the extension/) });
        expect(calls).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('still answers the same ui→bg messages from the popup (the refusal is about the sender)', async () => {
    for (const message of uiMessages) {
      const { service, calls } = recordingService();
      const reply = await handleMessage(service, message, { url: `${ext}popup.html`, extensionOrigin: ext });
      expect(reply).not.toHaveProperty('error');
      expect(calls.length).toBeGreaterThan(0);
    }
  });
});
