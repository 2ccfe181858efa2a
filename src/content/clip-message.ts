// The page decides how long a message or a name is; the background refuses oversized fields (and with them the whole
// batch), so a content script clips every field to what the background accepts before sending.
import { LIMITS } from '../message-validation.ts';
import type { DirectMessage } from '../sites/types.ts';

/** Cuts at a code-point boundary, so a clipped emoji never leaves half a surrogate pair. */
function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const clipOptional = (value: string | undefined, max: number) => (value === undefined ? undefined : clip(value, max));

/**
 * A copy of `message` whose text, names and links fit the background's limits; the first 20,000 characters decide
 * a verdict. The id is kept whole: verdicts come back keyed by it, and ids come from the site, not from a sender.
 */
export function clipForBackground(message: DirectMessage): DirectMessage {
  const { sender } = message;
  return {
    ...message,
    conversationId: clip(message.conversationId, LIMITS.id),
    text: clip(message.text, LIMITS.text),
    time: clipOptional(message.time, LIMITS.name),
    sender: {
      ...sender,
      id: clip(sender.id, LIMITS.id),
      name: clip(sender.name, LIMITS.name),
      handle: clipOptional(sender.handle, LIMITS.name),
      profileUrl: clipOptional(sender.profileUrl, LIMITS.url),
    },
  };
}
