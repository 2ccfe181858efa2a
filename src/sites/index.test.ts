import { describe, expect, it } from 'vitest';
import { adapterFor, siteAdapters } from './index.ts';
import { linkedin } from './linkedin.ts';
import { x } from './x.ts';

describe('site adapter registry', () => {
  it('registers every adapter once, one per platform', () => {
    expect(siteAdapters).toEqual([linkedin, x]);
    expect(new Set(siteAdapters.map((adapter) => adapter.platform)).size).toBe(siteAdapters.length);
    for (const adapter of siteAdapters) {
      expect(typeof adapter.extract).toBe('function');
      expect(typeof adapter.isMessagingUrl).toBe('function');
      expect(typeof adapter.shadowRoots).toBe('function');
    }
  });

  it.each([
    ['https://www.linkedin.com/messaging/', linkedin],
    ['https://linkedin.com/feed/', linkedin],
    ['https://x.com/i/chat', x],
    ['https://twitter.com/messages', x],
    ['https://mobile.x.com/home', x],
    ['https://mobile.twitter.com/messages', x],
    ['https://WWW.LinkedIn.com/in/someone/', linkedin],
  ])('%s → its adapter', (href, adapter) => {
    expect(adapterFor(new URL(href))).toBe(adapter);
  });

  it.each([
    'https://example.com/messaging/',
    'https://notlinkedin.com/messaging/',
    'https://linkedin.com.evil.example/messaging/',
    'https://x.company.com/i/chat',
    'https://api.x.com/i/chat',
  ])('%s → undefined', (href) => {
    expect(adapterFor(new URL(href))).toBeUndefined();
  });
});
