// Content scripts are untrusted: whatever arrives, the validator returns a clean, bounded copy or an InvalidMessageError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMessageError, LIMITS, parseToBackground } from './message-validation.ts';

const TYPES = [
  'cs→bg:screen',
  'cs→bg:feedback',
  'cs→bg:add-contact',
  'ui→bg:list-contacts',
  'ui→bg:add-contact',
  'ui→bg:remove-contact',
  'ui→bg:echo-senders',
] as const;

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202eevil', '__proto__', 'constructor', ''),
  fc.nat({ max: 3 }).map((k) => 'x'.repeat([LIMITS.id, LIMITS.name, LIMITS.text, LIMITS.url][k]! + 1)),
);
const junk = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'type', 'messages', 'contact')),
});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, junk, hostileString);
const sender = fc.record(
  { platform: maybe(fc.constantFrom('linkedin', 'x')), id: maybe(fc.string()), name: maybe(fc.string()), handle: maybe(fc.string()), profileUrl: maybe(fc.webUrl()) },
  { requiredKeys: [] },
);
const directMessage = fc.record(
  {
    id: maybe(fc.string({ minLength: 1 })),
    conversationId: maybe(fc.string()),
    direction: maybe(fc.constantFrom('in', 'out')),
    text: maybe(fc.string()),
    time: maybe(fc.string()),
    sender: maybe(sender),
  },
  { requiredKeys: [] },
);
const contact = fc.record(
  {
    platform: maybe(fc.constantFrom('linkedin', 'x')),
    id: maybe(fc.string({ minLength: 1 })),
    name: maybe(fc.string()),
    handle: maybe(fc.string()),
    profileUrl: maybe(fc.webUrl()),
    note: maybe(fc.string()),
    addedAt: maybe(fc.string()),
  },
  { requiredKeys: [] },
);
// Near-valid messages reach deep into the validator; pure junk checks the outer guards.
const nearValid = fc.oneof(
  fc.record({ type: maybe(fc.constantFrom(...TYPES)), messages: maybe(fc.array(maybe(directMessage), { maxLength: 5 })) }, { requiredKeys: [] }),
  fc.record({ type: maybe(fc.constantFrom(...TYPES)), contact: maybe(contact) }, { requiredKeys: [] }),
  fc.record(
    {
      type: maybe(fc.constantFrom(...TYPES)),
      feedback: maybe(fc.record({ messageId: maybe(fc.string()), label: maybe(fc.constantFrom('pitch', 'genuine')), text: maybe(fc.string()), platform: maybe(fc.constantFrom('linkedin', 'x')), senderId: maybe(fc.string()) }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  ),
  fc.record({ type: maybe(fc.constantFrom(...TYPES)), platform: maybe(fc.constantFrom('linkedin', 'x')), id: maybe(fc.string()), template: maybe(fc.string()) }, { requiredKeys: [] }),
);
const anyMessage = fc.oneof(nearValid, junk, hostileString);

/** Every string in a parsed message, with the limit its field allows. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsOf(v);
}

function isPlainData(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && value.every(isPlainData);
  if (typeof value === 'object') return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainData);
  return false;
}

describe('parseToBackground on generated junk', () => {
  it('either throws InvalidMessageError or returns plain, bounded data of a known type', () => {
    fc.assert(
      fc.property(anyMessage, (raw) => {
        let parsed: unknown;
        try {
          parsed = parseToBackground(raw);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidMessageError);
          expect((error as Error).message.length).toBeLessThan(300);
          return;
        }
        expect(TYPES).toContain((parsed as { type: string }).type);
        expect(isPlainData(parsed)).toBe(true);
        for (const s of stringsOf(parsed)) expect(s.length).toBeLessThanOrEqual(LIMITS.text);
        if ((parsed as { type: string }).type === 'cs→bg:screen') {
          const messages = (parsed as { messages: Array<{ sender: { platform: string }; direction: string; id: string }> }).messages;
          expect(messages.length).toBeLessThanOrEqual(LIMITS.batch);
          for (const m of messages) {
            expect(['linkedin', 'x']).toContain(m.sender.platform);
            expect(['in', 'out']).toContain(m.direction);
            expect(m.id.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('copies only known fields: a __proto__ key cannot pollute the copy or Object.prototype', () => {
    const polluted = JSON.parse('{"type":"ui→bg:add-contact","contact":{"platform":"x","id":"1","name":"Sam","__proto__":{"isAdmin":true}}}');
    const parsed = parseToBackground(polluted) as unknown as { contact: Record<string, unknown> };
    expect(Object.getPrototypeOf(parsed.contact)).toBe(Object.prototype);
    expect(parsed.contact.isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
