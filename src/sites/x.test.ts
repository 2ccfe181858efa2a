// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractFixture, loadFixture, plain, readFixture } from '../../test/fixtures/load-fixture.ts';
import { x } from './x.ts';
import { legacyConversationId, xLegacySelectors } from './x-legacy.ts';
import type { DirectMessage, Sender } from './types.ts';

const user = (name: string, handle: string): Sender => ({
  platform: 'x',
  id: handle,
  name,
  handle,
  profileUrl: `https://x.com/${handle}`,
});
const alex = user('Alex Morgan', 'alexmrgn');
const nadia = user('Nadia Kowalski', 'nadiakow');
const omar = user('Omar Haddad', 'omarbuilds');
const chad = user('Chad Sterling', 'chadsignals');
const growth = user('Growth Pilot', 'growthpilot_io');
const maya = user('Maya Lindqvist', 'maya_lindqvist');

function messages(conversationId: string, rows: [string, Sender, 'in' | 'out', string, string][]): DirectMessage[] {
  return rows.map(([id, sender, direction, text, time]) => ({ id, conversationId, sender, direction, text, time }));
}

const NADIA_CHAT = '1183207741:1449276630';
const nadiaMessages = messages(NADIA_CHAT, [
  ['66a42840-0edd-48c4-a850-5f7ed76cca20', nadia, 'in', 'Are you around this weekend? Kasia’s opening her studio on Saturday 🎨', '7:02 PM'],
  ['a6da4411-af4d-4661-b33b-955ab3c3b3c6', nadia, 'in', 'There’ll be pierogi. Obviously.', '7:02 PM'],
  ['3e20e5f5-7f07-4c17-a9d5-7df04b8db8de', alex, 'out', 'Obviously 😄 I’m in. What time?', '7:20 PM'],
  ['bfdb3507-df61-4ec0-96c8-67f703872aeb', nadia, 'in', 'Doors at 6, but come at 7 — less crowded.\nAddress: ul. Józefa 14, Kraków', '7:41 PM'],
  ['c265fb0f-197b-447d-a1c4-8d70fa6799d1', nadia, 'in', 'Poster for Saturday ↑ can you share it with your design friends?', '10:05 AM'],
  ['ee9df5a4-27e7-4fc6-8046-f39cbb1275db', alex, 'out', 'Done! Sent it to the Figma crew.', '10:18 AM'],
  ['31494be6-0d68-4285-95cd-8c16cf71b16c', alex, 'out', 'See you at 7 then!', '10:19 AM'],
]);
const LUCAS = '🚀 My VIP signals group hit +340% this month. Only 12 spots left — DM “MOON” to join before Friday.';
const inboxRows = [
  { key: NADIA_CHAT, participants: ['Nadia Kowalski'], snippet: 'See you at 7 then!', direction: 'out', unread: false },
  { key: '1183207741:1587302264', participants: ['Lucas Ferreira'], snippet: LUCAS, direction: 'in', unread: true },
  { key: 'g2078579589736210656', participants: ['Indie founders EU'], snippet: 'Free crypto signals for founders 🚀 link in bio', direction: 'in', unread: false },
  { key: '902118347:1183207741', participants: ['Maya Lindqvist'], snippet: 'Would Tuesday 14:00 CET work for a 30-min call with the hiring manager for the Staff Engineer role?', direction: 'in', unread: true },
  { key: '1183207741:1320488915', participants: ['Omar Haddad'], snippet: 'Congrats on shipping v2!', direction: 'out', unread: false },
];

describe('x adapter: chat-thread.html (XChat, light DOM)', () => {
  it('reads every message exactly: uuid ids, colon conversation id, direction from justify-*, viewer from the side nav', () => {
    const { document: extraction, shadowRoots } = extractFixture(x, 'x/chat-thread.html');
    expect(shadowRoots).toEqual([]);
    expect(extraction.surfaces).toEqual(['x-chat']);
    expect(plain(extraction).messages).toEqual(nadiaMessages);
    for (const { row, message } of extraction.messages) {
      expect(row.getAttribute('data-dm-message-row')).toBe(message.id);
    }
  });

  it('excludes the profile card, date separators, spacer, media-only message, composer draft and duplicated times', () => {
    const { document: extraction } = extractFixture(x, 'x/chat-thread.html');
    const texts = extraction.messages.map((found) => found.message.text);
    for (const text of texts) expect(text).not.toMatch(/\d{1,2}:\d{2} [AP]M/);
    expect(texts.join('\n')).not.toMatch(/Illustrator|Joined March|Yesterday|Today|Should I bring anything|@nadiakow/);
    // 8 message rows in the DOM, one is an image only.
    expect(document.querySelectorAll('[data-dm-message-row]')).toHaveLength(8);
    expect(extraction.messages).toHaveLength(7);
  });

  it('reads inbox rows: id from data-testid, You: and Name: prefixes, either unread signal', () => {
    const { document: extraction } = extractFixture(x, 'x/chat-thread.html');
    expect(plain(extraction).conversations).toEqual(inboxRows);
    for (const { row, key } of extraction.conversations) {
      expect(row.getAttribute('data-testid')).toBe(`dm-conversation-item-${key}`);
    }
  });

  it('keeps the other rows when one row’s markup is broken or throws', () => {
    const fixture = loadFixture('x/chat-thread.html');
    const rowOf = (id: string) => document.querySelector(`[data-dm-message-row="${id}"]`)!;
    rowOf('a6da4411-af4d-4661-b33b-955ab3c3b3c6').querySelector('[data-testid^="message-text-"]')?.remove();
    Object.defineProperty(rowOf('3e20e5f5-7f07-4c17-a9d5-7df04b8db8de'), 'classList', {
      get() {
        throw new Error('odd row');
      },
    });
    Object.defineProperty(document.querySelector('[data-testid="dm-conversation-item-902118347:1183207741"] .font-bold')!, 'textContent', {
      get() {
        throw new Error('odd row');
      },
    });
    const extraction = x.extract(document, fixture.url);
    expect(extraction.messages.map((found) => found.message.id)).toEqual([
      '66a42840-0edd-48c4-a850-5f7ed76cca20',
      'bfdb3507-df61-4ec0-96c8-67f703872aeb',
      'c265fb0f-197b-447d-a1c4-8d70fa6799d1',
      'ee9df5a4-27e7-4fc6-8046-f39cbb1275db',
      '31494be6-0d68-4285-95cd-8c16cf71b16c',
    ]);
    expect(extraction.conversations.map((row) => row.key)).toEqual([
      NADIA_CHAT, '1183207741:1587302264', 'g2078579589736210656', '1183207741:1320488915',
    ]);
  });
});

describe('x adapter: chat-thread-shadow.html (XChat in the xchatEmbedRoute shadow root)', () => {
  it('finds nothing from document and everything from the shadow root', () => {
    const { document: fromDocument, shadowRoots, shadows } = extractFixture(x, 'x/chat-thread-shadow.html');
    expect(plain(fromDocument)).toEqual({ surfaces: [], messages: [], conversations: [] });
    expect(shadowRoots).toHaveLength(1);
    expect(shadowRoots[0]?.host.getAttribute('data-testid')).toBe('xchatEmbedRoute');
    const [extraction] = shadows;
    expect(extraction?.surfaces).toEqual(['x-chat']);
    expect(plain(extraction!).messages).toEqual(nadiaMessages);
    expect(plain(extraction!).conversations).toEqual(inboxRows);
    for (const { row } of extraction!.messages) expect(row.getRootNode()).toBe(shadowRoots[0]);
  });
});

describe('x adapter: chat-group.html', () => {
  it('names group senders from the hidden -sender labels, one consistent id per member', () => {
    const { document: extraction } = extractFixture(x, 'x/chat-group.html');
    expect(extraction.surfaces).toEqual(['x-chat']);
    expect(plain(extraction).messages).toEqual(
      messages('g2078579589736210656', [
        ['bb0b5355-6008-4491-853a-65e6f7045f42', omar, 'in', 'Quick update: we crossed 100 paying customers this week 🎉', '6:40 PM'],
        ['48342787-3a1b-4162-80ed-7ca07a60c61a', omar, 'in', 'Thanks to everyone here who pushed me to raise prices in the spring.', '6:41 PM'],
        ['98fbe55d-8b40-4bb2-9834-92b3732b4070', nadia, 'in', 'Huge! Drinks on you at the next meetup 🍻', '6:55 PM'],
        ['dc9b94a9-b3a3-4d41-8be7-e577cb30dbf0', alex, 'out', 'Congrats Omar, well deserved. How did churn look after the price change?', '7:03 PM'],
        ['09568def-fe3b-4edd-9547-afb720ab01a6', omar, 'in', 'Flat, honestly. Two downgrades, zero cancellations.', '7:10 PM'],
        ['436c23fe-de07-4cda-8a68-46d9e09848d0', chad, 'in', '🚨 FREE crypto signals for founders 🚨\nMy members made 12x on the last call. Join the VIP channel before it closes → t.me/chadsignals_vip', '9:12 AM'],
        ['1c140dc3-c54b-4b3c-9b47-3c85684ef30f', chad, 'in', 'Only 7 spots left!! DM me “ALPHA” 💰', '9:12 AM'],
        ['82866e5b-5cfb-4aa5-aeb1-308e31dbc27a', nadia, 'in', 'Chad, please keep this group for founder stuff 🙏', '9:30 AM'],
        ['1ea3c13f-b54d-44f7-9d8e-2526bc3a08d1', omar, 'in', 'Alex, since you asked about churn: I wrote a short book (~60 pages) on everything we learned getting to 100 customers. Would you read the pricing chapter and tell me honestly if it holds up?', '10:02 AM'],
        ['fcc4bb7c-6284-4adc-af65-9e3ab873d893', alex, 'out', 'Happy to — send it over, Omar.', '10:15 AM'],
      ]),
    );
    expect(plain(extraction).conversations[0]).toEqual({
      key: 'g2078579589736210656', participants: ['Indie founders EU'], snippet: 'Happy to — send it over, Omar.', direction: 'out', unread: false,
    });
  });

  it('falls back to the display name as id when no avatar link names the handle', () => {
    const fixture = loadFixture('x/chat-group.html');
    for (const link of document.querySelectorAll('[data-dm-message-row] a[href]')) link.remove();
    const [first] = x.extract(document, fixture.url).messages;
    expect(first?.message.sender).toEqual({ platform: 'x', id: 'Omar Haddad', name: 'Omar Haddad' });
  });
});

describe('x adapter: message requests', () => {
  const requestRows = [
    { key: '1183207741:1620938475', participants: ['Growth Pilot'], snippet: 'Hey Alex! We help SaaS founders book 20+ qualified demos a month on autopilot. Open to a quick 15-min call this week?', direction: 'in', unread: true },
    { key: '1183207741:1739920411', participants: ['Brent Callahan'], snippet: 'Ready to scale to six figures as a coach? I have 3 spots left in my 90-day accelerator 💸', direction: 'in', unread: true },
    { key: '1183207741:1804452290', participants: ['Kyle Brandt'], snippet: 'Hi Alex, we have so much in common — let’s link up! 🤝', direction: 'in', unread: false },
    { key: '1183207741:1698830127', participants: ['Chad Sterling'], snippet: 'Bro I drop 3 free crypto signals every week, 90% win rate. Want in? 📈', direction: 'in', unread: false },
    { key: '1183207741:1502846193', participants: ['Maya Lindqvist'], snippet: 'Hi Alex, I’m hiring a Staff Engineer (Go, Postgres) at Fieldstone — remote EU, €120–140k. Would you be open to a short call?', direction: 'in', unread: false },
  ];

  it('chat-requests.html: request rows, no messages', () => {
    const { document: extraction } = extractFixture(x, 'x/chat-requests.html');
    expect(plain(extraction)).toEqual({ surfaces: ['x-chat-requests'], messages: [], conversations: requestRows });
    for (const { row, key } of extraction.conversations) {
      expect(row.getAttribute('data-testid')).toBe(`dm-message-request-item-${key}`);
    }
  });

  it('chat-requests-shadow.html: nothing from document; the same request rows from the xchatEmbedRoute shadow root', () => {
    const { document: fromDocument, shadowRoots, shadows } = extractFixture(x, 'x/chat-requests-shadow.html');
    expect(plain(fromDocument)).toEqual({ surfaces: [], messages: [], conversations: [] });
    expect(shadowRoots).toHaveLength(1);
    expect(shadowRoots[0]?.host.getAttribute('data-testid')).toBe('xchatEmbedRoute');
    expect(shadows).toHaveLength(1);
    const [extraction] = shadows;
    expect(plain(extraction!)).toEqual({ surfaces: ['x-chat-requests'], messages: [], conversations: requestRows });
    for (const { row, key } of extraction!.conversations) {
      expect(row.getAttribute('data-testid')).toBe(`dm-message-request-item-${key}`);
      expect(row.getRootNode()).toBe(shadowRoots[0]);
    }
  });

  it('chat-request-thread.html: the open request thread, id from /i/chat/requests/<A-B>', () => {
    const { document: extraction } = extractFixture(x, 'x/chat-request-thread.html');
    expect(extraction.surfaces).toEqual(['x-chat-requests']);
    expect(plain(extraction).messages).toEqual(
      messages('1183207741:1620938475', [
        ['8a5b31ea-d5dc-4e70-875e-264055c203c8', growth, 'in', 'Hey Alex! 👋 Loved your recent post on pricing experiments.', '9:48 AM'],
        ['26e2f855-2e5a-490c-879e-033c7612d90c', growth, 'in', 'We help SaaS founders book 20+ qualified demos a month on autopilot — no SDR hiring, no cold-calling.\n\nOpen to a quick 15-min call this week? Here’s my calendar: cal.com/growthpilot/15min', '9:49 AM'],
      ]),
    );
    expect(extraction.messages.map((found) => found.message.text).join('\n')).not.toMatch(/wants to chat|Accept|500\+ founders/);
    expect(plain(extraction).conversations).toEqual([{ ...requestRows[0], unread: false }, ...requestRows.slice(1)]);
  });
});

describe('x adapter: legacy-thread.html (/messages RN-web)', () => {
  const LEGACY = '1183207741-1502846193';
  const expected: Omit<DirectMessage, 'id'>[] = [
    { conversationId: LEGACY, sender: maya, direction: 'in', text: 'Hi Alex — I’m a recruiter at Fieldstone. We’re hiring a Staff Engineer for our payments platform (Go, Postgres, Kafka). Fully remote within the EU, €120–140k + equity.' },
    { conversationId: LEGACY, sender: maya, direction: 'in', text: 'I saw your talk on idempotent webhooks — that’s almost exactly the problem this team owns. Would you be open to a 30-min call with the hiring manager?', time: '2:02 PM' },
    { conversationId: LEGACY, sender: alex, direction: 'out', text: 'Thanks Maya, that does sound relevant. What does the on-call rotation look like?', time: '2:30 PM' },
    { conversationId: LEGACY, sender: maya, direction: 'in', text: 'One week in six, follow-the-sun with the Toronto team.\nOn-call weeks are paid extra 👍', time: '3:11 PM' },
    { conversationId: LEGACY, sender: alex, direction: 'out', text: 'Sounds reasonable.' },
    // No inline style on this one: direction comes from the computed-style fallback (atomic class r-obd0qt).
    { conversationId: LEGACY, sender: alex, direction: 'out', text: 'Tuesday 14:00 CET works for me.', time: '3:20 PM' },
    { conversationId: LEGACY, sender: maya, direction: 'in', text: 'Great — invite sent for Tuesday 14:00 CET. Talk soon!', time: '3:24 PM' },
  ];

  it('reads messageEntry rows: direction from align-items, text from tweetText, sender from the header', () => {
    const { document: extraction } = extractFixture(x, 'x/legacy-thread.html');
    expect(extraction.surfaces).toEqual(['x-legacy']);
    expect(plain(extraction).messages.map(({ id: _id, ...rest }) => rest)).toEqual(expected);
    for (const { row } of extraction.messages) expect(row.getAttribute('data-testid')).toBe('messageEntry');
    expect(extraction.messages.map((found) => found.message.text).join('\n')).not.toMatch(/Tech recruiter at Fieldstone|Joined May|Looking forward to it|Wed, Jun 18|Seen/);
  });

  it('derives stable, index-independent, unique ids', () => {
    const { document: first, url } = extractFixture(x, 'x/legacy-thread.html');
    const ids = first.messages.map((found) => found.message.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^legacy:1183207741-1502846193:[0-9a-z]+$/);
    expect(x.extract(document, url).messages.map((found) => found.message.id)).toEqual(ids);
    // Virtualisation drops the oldest cell and the footer moves: the remaining ids must not change.
    document.querySelector('[data-testid="messageEntry"]')?.closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(x.extract(document, url).messages.map((found) => found.message.id)).toEqual(ids.slice(1));
  });

  it('reads anchorless conversation cells (no "You:" in legacy, so snippets read as incoming)', () => {
    const { document: extraction } = extractFixture(x, 'x/legacy-thread.html');
    expect(plain(extraction).conversations).toEqual([
      { key: 'legacy:maya_lindqvist', participants: ['Maya Lindqvist'], snippet: 'Great — invite sent for Tuesday 14:00 CET. Talk soon!', direction: 'in', unread: false },
      { key: 'legacy:brentscales', participants: ['Brent Callahan'], snippet: 'Hey Alex! Ready to hit six figures as a coach? 🚀 Free masterclass tomorrow — want the link?', direction: 'in', unread: false },
      { key: 'legacy:samokafor,lenafischer', participants: ['Lisbon product meetup'], snippet: 'Slides from last night are in the drive', direction: 'in', unread: false },
      { key: 'legacy:lucasf_trades', participants: ['Lucas Ferreira'], snippet: 'Bro 🚀 VIP signals +340% this month. 12 spots left, DM “MOON”', direction: 'in', unread: false },
    ]);
  });
});

describe('x adapter: legacy-requests.html (/messages/requests RN-web list)', () => {
  const legacyRequestRows = [
    { key: 'legacy:growthpilot_io', participants: ['Growth Pilot'], snippet: 'Hey Alex! We help SaaS founders book 20+ qualified demos a month on autopilot. Open to a quick 15-min call?', direction: 'in', unread: false },
    { key: 'legacy:priyanair_ux', participants: ['Priya Nair'], snippet: 'Hi Alex, Priya from the Lisbon product meetup — could I send you the onboarding research deck we talked about?', direction: 'in', unread: false },
    { key: 'legacy:jaymintz,kevortega', participants: ['Jay Mintz', 'Kev Ortega'], snippet: 'You’re invited: 100x altcoin calls every morning, free for the next 48h ⏳', direction: 'in', unread: false },
    { key: 'legacy:chadsignals', participants: ['Chad Sterling'], snippet: 'Bro I drop 3 free crypto signals every week, 90% win rate. Want in? 📈', direction: 'in', unread: false },
  ];

  it('reads request cells as rows and no messages (the route has no conversation id)', () => {
    const { document: extraction, shadowRoots } = extractFixture(x, 'x/legacy-requests.html');
    expect(shadowRoots).toEqual([]);
    expect(legacyConversationId(new URL('https://x.com/messages/requests'))).toBeUndefined();
    expect(plain(extraction)).toEqual({ surfaces: ['x-legacy-requests'], messages: [], conversations: legacyRequestRows });
    for (const { row } of extraction.conversations) expect(row.getAttribute('data-testid')).toBe('conversation');
  });

  it('keeps the info text, Additional messages link, dismiss buttons and "Followed by" social proof out of rows', () => {
    const { document: extraction } = extractFixture(x, 'x/legacy-requests.html');
    const texts = extraction.conversations.flatMap((row) => [row.snippet, ...row.participants]).join('\n');
    expect(texts).not.toMatch(/Followed by|Dismiss|Additional messages|live here|Learn more|Message requests|Select a message/);
    // The distractors are really in the page, next to (or inside) the cells.
    expect(document.querySelectorAll('[data-testid="conversation"] button[aria-label="Dismiss"]')).toHaveLength(4);
    expect(document.querySelector('a[href="/messages/requests/additional"]')?.textContent).toContain('Additional messages');
  });

  it('still reads a snippet when a cell has no social proof or dismiss button', () => {
    const fixture = loadFixture('x/legacy-requests.html');
    for (const extra of document.querySelectorAll('.r-social-proof, [data-testid="conversation"] button')) extra.remove();
    expect(plain(x.extract(document, fixture.url)).conversations).toEqual(legacyRequestRows);
  });
});

describe('x adapter: XChat and legacy hooks on one page', () => {
  it('the legacy surface hooks include its message and conversation hooks (legacy reads are skipped without them)', () => {
    const surface = new Set<string>(xLegacySelectors.surface);
    for (const selector of [...xLegacySelectors.entry, ...xLegacySelectors.conversation]) expect(surface).toContain(selector);
  });

  it('reports both surfaces and reads both kinds of rows', () => {
    const legacy = plain(extractFixture(x, 'x/legacy-thread.html').document);
    const { url } = loadFixture('x/chat-thread.html');
    const chat = plain(x.extract(document, url));
    const legacyPage = new DOMParser().parseFromString(readFixture('x/legacy-thread.html'), 'text/html');
    // Its styles too: one entry's direction comes from the computed style of an atomic class.
    for (const node of [...legacyPage.querySelectorAll('style'), ...legacyPage.body.children]) document.body.append(document.importNode(node, true));
    const both = plain(x.extract(document, url));
    expect(both.surfaces).toEqual(['x-chat', 'x-legacy']);
    // Legacy ids carry the conversation id from the URL, which is now XChat's: compare without ids.
    const withoutIds = (found: DirectMessage[]) => found.map(({ id: _id, conversationId: _c, ...rest }) => rest);
    expect(withoutIds(both.messages)).toEqual(withoutIds([...chat.messages, ...legacy.messages]));
    expect(both.conversations).toEqual([...chat.conversations, ...legacy.conversations]);
  });
});

describe('x adapter: resilience', () => {
  it('renamed-testids.html yields nothing and does not throw', () => {
    const { document: extraction } = extractFixture(x, 'x/renamed-testids.html');
    expect(plain(extraction)).toEqual({ surfaces: [], messages: [], conversations: [] });
  });

  it('never throws on empty or foreign roots', () => {
    const url = new URL('https://x.com/i/chat');
    expect(plain(x.extract(document.createElement('div'), url))).toEqual({ surfaces: [], messages: [], conversations: [] });
    expect(plain(x.extract(document.createDocumentFragment(), url))).toEqual({ surfaces: [], messages: [], conversations: [] });
  });
});

describe('x.isMessagingUrl', () => {
  it.each([
    ['https://x.com/i/chat', true],
    ['https://x.com/i/chat/1183207741-1449276630', true],
    ['https://x.com/i/chat/requests/other', true],
    ['https://twitter.com/messages/1-2', true],
    ['https://x.com/messages/requests', true],
    ['https://mobile.x.com/messages', true],
    ['https://x.com/home', false],
    ['https://x.com/messagesfan', false],
    ['https://example.com/i/chat', false],
  ])('%s → %s', (href, expected) => {
    expect(x.isMessagingUrl(new URL(href))).toBe(expected);
  });
});
