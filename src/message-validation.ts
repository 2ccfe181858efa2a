// The background trusts nothing a content script or page sends: every field is checked before use.
import type { DirectMessage, Platform } from './sites/types.ts';
import type { Contact, ToBackground } from './messages.ts';

export const LIMITS = {
  batch: 500,
  text: 20_000,
  id: 512,
  name: 256,
  url: 2_048,
  note: 2_000,
} as const;

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

const PLATFORMS: readonly Platform[] = ['linkedin', 'x'];

function fail(what: string): never {
  throw new InvalidMessageError(what);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, field: string, max: number, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') fail(`${field} must be a string`);
  if (value.length > max) fail(`${field} is longer than ${max} characters`);
  return value;
}

function reqStr(value: unknown, field: string, max: number): string {
  const s = str(value, field, max);
  if (!s) fail(`${field} must not be empty`);
  return s;
}

function platform(value: unknown, field: string): Platform {
  if (!PLATFORMS.includes(value as Platform)) fail(`${field} must be "linkedin" or "x"`);
  return value as Platform;
}

function parseDirectMessage(value: unknown, at: string): DirectMessage {
  if (!isRecord(value)) fail(`${at} must be an object`);
  const sender = value.sender;
  if (!isRecord(sender)) fail(`${at}.sender must be an object`);
  if (value.direction !== 'in' && value.direction !== 'out') fail(`${at}.direction must be "in" or "out"`);
  return {
    id: reqStr(value.id, `${at}.id`, LIMITS.id),
    conversationId: str(value.conversationId, `${at}.conversationId`, LIMITS.id) ?? '',
    direction: value.direction,
    text: str(value.text, `${at}.text`, LIMITS.text) ?? '',
    time: str(value.time, `${at}.time`, LIMITS.name, true),
    sender: {
      platform: platform(sender.platform, `${at}.sender.platform`),
      id: str(sender.id, `${at}.sender.id`, LIMITS.id) ?? '',
      name: str(sender.name, `${at}.sender.name`, LIMITS.name) ?? '',
      handle: str(sender.handle, `${at}.sender.handle`, LIMITS.name, true),
      profileUrl: str(sender.profileUrl, `${at}.sender.profileUrl`, LIMITS.url, true),
    },
  };
}

export function parseContact(value: unknown, at = 'contact'): Contact {
  if (!isRecord(value)) fail(`${at} must be an object`);
  return {
    platform: platform(value.platform, `${at}.platform`),
    id: reqStr(value.id, `${at}.id`, LIMITS.id),
    handle: str(value.handle, `${at}.handle`, LIMITS.name, true),
    name: str(value.name, `${at}.name`, LIMITS.name) ?? '',
    profileUrl: str(value.profileUrl, `${at}.profileUrl`, LIMITS.url, true),
    note: str(value.note ?? '', `${at}.note`, LIMITS.note) ?? '',
    addedAt: str(value.addedAt ?? new Date(0).toISOString(), `${at}.addedAt`, 64) ?? '',
  };
}

/** Returns a clean copy of a message sent to the background, or throws InvalidMessageError. */
export function parseToBackground(value: unknown): ToBackground {
  if (!isRecord(value)) fail('message must be an object');
  switch (value.type) {
    case 'cs→bg:screen': {
      const list = value.messages;
      if (!Array.isArray(list)) fail('messages must be an array');
      if (list.length > LIMITS.batch) fail(`at most ${LIMITS.batch} messages per batch`);
      return { type: value.type, messages: list.map((m, i) => parseDirectMessage(m, `messages[${i}]`)) };
    }
    case 'ui→bg:list-contacts':
      return { type: value.type };
    case 'ui→bg:add-contact':
      return { type: value.type, contact: parseContact(value.contact) };
    case 'ui→bg:remove-contact':
      return {
        type: value.type,
        platform: platform(value.platform, 'platform'),
        id: reqStr(value.id, 'id', LIMITS.id),
      };
    default:
      fail(`unknown message type ${JSON.stringify(String(value.type)).slice(0, 80)}`);
  }
}
