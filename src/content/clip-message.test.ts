import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseToBackground } from '../message-validation.ts';
import { clipForBackground } from './clip-message.ts';

const message = (text: string, name: string) => ({
  id: 'urn:li:msg_message:1',
  conversationId: '2-abc',
  direction: 'in' as const,
  text,
  sender: { platform: 'linkedin' as const, id: 'ACoAA1', name, profileUrl: 'https://www.linkedin.com/in/x' },
});

describe('clipForBackground', () => {
  it('makes a 100 KB message and 10,000 emoji acceptable to the background, so one cannot sink its batch', () => {
    const batch = [message('a'.repeat(100_000), 'Ada'), message('🚀'.repeat(10_001), '<b>'.repeat(200))];
    expect(() => parseToBackground({ type: 'cs→bg:screen', messages: batch })).toThrow(/longer than/);
    const clipped = batch.map(clipForBackground);
    expect(() => parseToBackground({ type: 'cs→bg:screen', messages: clipped })).not.toThrow();
    expect(clipped[0]!.text).toHaveLength(LIMITS.text);
    expect(clipped[0]!.id).toBe(batch[0]!.id);
  });

  it('never splits a surrogate pair and leaves short messages as they are', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat({ max: 3 }), (unit, pad) => {
        const text = 'x'.repeat(pad) + (unit || '😀').repeat(Math.ceil(LIMITS.text / Math.max(1, (unit || '😀').length)) + 1);
        const clipped = clipForBackground(message(text, 'Ada')).text;
        expect(clipped.length).toBeLessThanOrEqual(LIMITS.text);
        expect(text.startsWith(clipped)).toBe(true);
        expect(/[\ud800-\udbff]$/.test(clipped)).toBe(false);
      }),
      { numRuns: 50 },
    );
    const short = message('hi', 'Ada');
    expect(clipForBackground(short)).toEqual(short);
  });
});
