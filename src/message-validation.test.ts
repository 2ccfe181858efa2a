import { describe, expect, it } from 'vitest';
import { InvalidMessageError, LIMITS, parseContact, parseToBackground } from './message-validation.ts';

const message = (over: Record<string, unknown> = {}) => ({
  id: 'm1',
  conversationId: 'c1',
  direction: 'in',
  text: 'hello',
  sender: { platform: 'linkedin', id: 'ACoAA1', name: 'Ada' },
  ...over,
});

describe('parseToBackground', () => {
  it('accepts a well-formed screen batch and drops unknown fields', () => {
    const parsed = parseToBackground({ type: 'cs→bg:screen', messages: [{ ...message(), extra: 'x' }] });
    expect(parsed).toEqual({
      type: 'cs→bg:screen',
      messages: [
        {
          id: 'm1',
          conversationId: 'c1',
          direction: 'in',
          text: 'hello',
          time: undefined,
          sender: { platform: 'linkedin', id: 'ACoAA1', name: 'Ada', handle: undefined, profileUrl: undefined },
        },
      ],
    });
  });

  it.each([
    ['a non-object', 'hi', /must be an object/],
    ['an unknown type', { type: 'cs→bg:drop-database' }, /unknown message type/],
    ['messages that are not an array', { type: 'cs→bg:screen', messages: {} }, /must be an array/],
    ['an oversized batch', { type: 'cs→bg:screen', messages: Array(LIMITS.batch + 1).fill(message()) }, /at most/],
    ['an oversized text', { type: 'cs→bg:screen', messages: [message({ text: 'a'.repeat(LIMITS.text + 1) })] }, /longer than/],
    ['a bad platform', { type: 'cs→bg:screen', messages: [message({ sender: { platform: 'facebook', id: 'a', name: 'b' } })] }, /linkedin/],
    ['a bad direction', { type: 'cs→bg:screen', messages: [message({ direction: 'sideways' })] }, /direction/],
    ['an empty id', { type: 'cs→bg:screen', messages: [message({ id: '' })] }, /must not be empty/],
    ['a numeric text', { type: 'cs→bg:screen', messages: [message({ text: 42 })] }, /must be a string/],
  ])('rejects %s', (_, raw, reason) => {
    expect(() => parseToBackground(raw)).toThrow(InvalidMessageError);
    expect(() => parseToBackground(raw)).toThrow(reason);
  });
});

describe('parseContact', () => {
  it('refuses sparse arrays: a hole is a missing message, not one to skip', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => parseToBackground({ type: 'cs→bg:screen', messages: [, message()] })).toThrow(InvalidMessageError);
    expect(() => parseToBackground({ type: 'cs→bg:screen', messages: new Array(2) })).toThrow(/messages\[0\]/);
    expect(() => parseToBackground({ type: 'ui→bg:preview', samples: new Array(1), threshold: null, customPhrases: { always: [], never: [] } })).toThrow(InvalidMessageError);
  });

  it('fills note and addedAt defaults and keeps known fields', () => {
    expect(parseContact({ platform: 'x', id: '42', name: 'Sam', handle: '@sam' })).toMatchObject({
      platform: 'x',
      id: '42',
      handle: '@sam',
      note: '',
    });
  });

  it('takes a wake-up with its site, and refuses one from an unknown site', () => {
    expect(parseToBackground({ type: 'cs→bg:wake', platform: 'x', extra: 1 })).toEqual({ type: 'cs→bg:wake', platform: 'x' });
    expect(() => parseToBackground({ type: 'cs→bg:wake', platform: 'facebook' })).toThrow(/platform/);
    expect(() => parseToBackground({ type: 'cs→bg:wake' })).toThrow(/platform/);
  });

  it('refuses a contact without id', () => {
    expect(() => parseContact({ platform: 'x', name: 'Sam' })).toThrow(/contact.id/);
  });
});

describe('the options page messages', () => {
  const phrases = { always: [], never: [] };

  it('bounds preview samples, threshold and phrases', () => {
    expect(parseToBackground({ type: 'ui→bg:preview', samples: ['hi'], threshold: null, customPhrases: phrases })).toMatchObject({ samples: ['hi'] });
    expect(() => parseToBackground({ type: 'ui→bg:preview', samples: Array(LIMITS.samples + 1).fill('x'), threshold: null, customPhrases: phrases })).toThrow(InvalidMessageError);
    expect(() => parseToBackground({ type: 'ui→bg:preview', samples: [], threshold: 2, customPhrases: phrases })).toThrow(/threshold/);
    expect(() => parseToBackground({ type: 'ui→bg:preview', samples: [], threshold: null, customPhrases: { always: ['x'.repeat(LIMITS.phrase + 1)], never: [] } })).toThrow(/longer/);
  });

  it('bounds the insight window and refuses a backup in the wrong format', () => {
    expect(() => parseToBackground({ type: 'ui→bg:insight', days: 0 })).toThrow(/days/);
    expect(() => parseToBackground({ type: 'ui→bg:insight', days: 1.5 })).toThrow(/days/);
    expect(() => parseToBackground({ type: 'ui→bg:import-all', backup: { format: 'echo-screen/contacts', version: 1 } })).toThrow(/format/);
  });
});
