// Validation of the CLI's JSONL records and contacts file; every error names the field at fault.
import type { InboxMessage } from '../src/engine/index.ts';
import type { SenderRef } from '../src/engine/index.ts';

export class InputError extends Error {
  override name = 'InputError';
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseJson(text: string): Record<string, unknown> {
  if (text.trim() === '') throw new InputError('empty line');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`malformed JSON (${(error as Error).message})`);
  }
  if (!isRecord(value)) throw new InputError('expected a JSON object');
  return value;
}

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new InputError(`missing or non-string field "${field}"`);
  return value;
}

/** One inbox message: {"id","platform","sender":{"id","name"},"text"}; other fields ignored, `direction` optional. */
export function parseInboxLine(text: string): InboxMessage {
  const r = parseJson(text);
  const id = requireString(r.id, 'id');
  if (id === '') throw new InputError('field "id" is empty');
  if (r.platform !== 'linkedin' && r.platform !== 'x') throw new InputError('field "platform" must be "linkedin" or "x"');
  if (!isRecord(r.sender)) throw new InputError('missing field "sender" ({"id","name"})');
  const senderId = requireString(r.sender.id, 'sender.id');
  const name = r.sender.name === undefined ? '' : requireString(r.sender.name, 'sender.name');
  const body = requireString(r.text, 'text');
  if (body.trim() === '') throw new InputError('field "text" is empty');
  if (r.direction !== undefined && r.direction !== 'in' && r.direction !== 'out') {
    throw new InputError('field "direction" must be "in" or "out"');
  }
  const msg: InboxMessage = { id, platform: r.platform, sender: { id: senderId, name }, text: body };
  if (r.direction) msg.direction = r.direction;
  if (typeof r.conversationId === 'string') msg.conversationId = r.conversationId;
  if (typeof r.time === 'number' && Number.isFinite(r.time)) msg.time = r.time;
  return msg;
}

/** A labelled example: an inbox message plus "label": "pitch" | "genuine". */
export function parseLabelledLine(text: string): { msg: InboxMessage; pitch: boolean } {
  const msg = parseInboxLine(text);
  const { label } = JSON.parse(text) as { label?: unknown };
  if (label !== 'pitch' && label !== 'genuine') throw new InputError('field "label" must be "pitch" or "genuine"');
  return { msg, pitch: label === 'pitch' };
}

const handleKey = (platform: string, handle: string) => `${platform}:${handle.replace(/^@/, '').toLowerCase()}`;

/** Builds isContact from an echo-screen/contacts file: a sender matches by platform + id, or platform + handle. */
export function parseContacts(json: unknown): (sender: SenderRef) => boolean {
  if (!isRecord(json) || json.format !== 'echo-screen/contacts' || json.version !== 1 || !Array.isArray(json.contacts)) {
    throw new InputError('contacts: expected {"format":"echo-screen/contacts","version":1,"contacts":[…]}');
  }
  const ids = new Set<string>();
  const handles = new Set<string>();
  json.contacts.forEach((c: unknown, i: number) => {
    if (!isRecord(c) || (c.platform !== 'linkedin' && c.platform !== 'x') || typeof c.id !== 'string') {
      throw new InputError(`contacts[${i}]: needs "platform" ("linkedin" | "x") and a string "id"`);
    }
    ids.add(`${c.platform}:${c.id}`);
    handles.add(handleKey(c.platform, c.id));
    if (typeof c.handle === 'string' && c.handle !== '') handles.add(handleKey(c.platform, c.handle));
  });
  return (sender) => ids.has(`${sender.platform}:${sender.id}`) || handles.has(handleKey(sender.platform, sender.id));
}
