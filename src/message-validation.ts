// The background trusts nothing a content script or page sends: every field is checked before use.
import type { DirectMessage, Platform } from './sites/types.ts';
import type { Contact, Feedback, ToBackground } from './messages.ts';
import { parseBackupFile, parseContactList } from './backup-format.ts';

export const LIMITS = {
  batch: 500,
  text: 20_000,
  id: 512,
  name: 256,
  url: 2_048,
  note: 2_000,
  contacts: 10_000,
  labels: 10_000,
  samples: 20,
  phrases: 200,
  phrase: 200,
} as const;

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

const PLATFORMS: readonly Platform[] = ['linkedin', 'x'];

export function fail(what: string): never {
  throw new InvalidMessageError(what);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown, field: string, max: number, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') fail(`${field} must be a string`);
  if (value.length > max) fail(`${field} is longer than ${max} characters`);
  return value;
}

export function reqStr(value: unknown, field: string, max: number): string {
  const s = str(value, field, max);
  if (!s) fail(`${field} must not be empty`);
  return s;
}

export function platform(value: unknown, field: string): Platform {
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

function parseFeedback(value: unknown): Feedback {
  if (!isRecord(value)) fail('feedback must be an object');
  if (value.label !== 'pitch' && value.label !== 'genuine') fail('feedback.label must be "pitch" or "genuine"');
  return {
    messageId: reqStr(value.messageId, 'feedback.messageId', LIMITS.id),
    label: value.label,
    text: reqStr(value.text, 'feedback.text', LIMITS.text),
    platform: platform(value.platform, 'feedback.platform'),
    senderId: str(value.senderId, 'feedback.senderId', LIMITS.id) ?? '',
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
      return { type: value.type, messages: Array.from(list, (m, i) => parseDirectMessage(m, `messages[${i}]`)) };
    }
    case 'cs→bg:feedback':
      return { type: value.type, feedback: parseFeedback(value.feedback) };
    case 'cs→bg:add-contact':
      return { type: value.type, contact: parseContact(value.contact) };
    case 'ui→bg:echo-senders':
      return { type: value.type, template: reqStr(value.template, 'template', LIMITS.id) };
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
    case 'cs→bg:wake':
      return { type: value.type, platform: platform(value.platform, 'platform') };
    case 'ui→bg:contact-activity':
    case 'ui→bg:export-all':
    case 'ui→bg:clear-all':
      return { type: value.type };
    case 'ui→bg:import-contacts':
    case 'ui→bg:replace-contacts':
      return { type: value.type, contacts: parseContactList(value.contacts) };
    case 'ui→bg:import-all':
      return { type: value.type, backup: parseBackupFile(value.backup) };
    case 'ui→bg:insight': {
      const days = value.days;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 400) fail('days must be a whole number from 1 to 400');
      return { type: value.type, days };
    }
    case 'ui→bg:preview': {
      const { samples, threshold, customPhrases } = value;
      if (!Array.isArray(samples) || samples.length > LIMITS.samples) fail(`samples must be a list of at most ${LIMITS.samples}`);
      if (threshold !== null && (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1))) fail('threshold must be null or between 0 and 1');
      if (!isRecord(customPhrases)) fail('customPhrases must be an object');
      const phrases = (list: unknown, field: string) => {
        if (!Array.isArray(list) || list.length > LIMITS.phrases) fail(`${field} must be a list of at most ${LIMITS.phrases}`);
        return Array.from(list, (p, i) => reqStr(p, `${field}[${i}]`, LIMITS.phrase));
      };
      return {
        type: value.type,
        samples: Array.from(samples, (t, i) => reqStr(t, `samples[${i}]`, LIMITS.text)),
        threshold,
        customPhrases: { always: phrases(customPhrases.always, 'customPhrases.always'), never: phrases(customPhrases.never, 'customPhrases.never') },
      };
    }
    default:
      // typeof first: String() throws on an object without a prototype, which must be rejected like any junk.
      fail(`unknown message type ${typeof value.type === 'string' ? JSON.stringify(value.type).slice(0, 80) : typeof value.type}`);
  }
}
