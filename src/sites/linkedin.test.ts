// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractFixture, loadFixture, plain } from '../../test/fixtures/load-fixture.ts';
import { linkedin } from './linkedin.ts';
import type { DirectMessage, Sender } from './types.ts';

const VIEWER = 'ACoAAdav00J1FxLuGa5PmWsTX3MdeFecYCpNNMh';
const person = (name: string, id: string): Sender => ({
  platform: 'linkedin',
  id,
  name,
  profileUrl: `https://www.linkedin.com/in/${id}`,
});
const alex = person('Alex Morgan', VIEWER);
const tomas = person('Tomás Ibarra', 'ACoAAKPPd4n02nBrneOWL4fbt27TZQqlpg59oOO');
const sam = person('Sam Okafor', 'ACoAAzn4iXDt1VU5vhCpvz6LKYja3fNd4KKtBDh');
const lena = person('Lena Fischer', 'ACoAAXWyqtnjuAVx6Bzt5hBIHRNHn9q24J9yveR');
const brent = person('Brent Callahan', 'ACoAA1bAuxDp96toTuc5QLQnlqg6VkAVtBnq2Ei');
const kyle = person('Kyle Brandt', 'ACoAAiBy9Rb3m8j71K0oztdGXyOY32gmKRia4JZ');
const marcus = person('Marcus Delaney', 'ACoAATSGQW1PhxsOt15GKhqtHTk7m96GK0IG9Rr');
const urn = (message: string) => `urn:li:msg_message:(urn:li:fsd_profile:${VIEWER},2-${message})`;

const THREAD = '2-Y2U5NzgzY2QtNDk4My00MTkzLTg4NjUtNzU4MDRlOTE3NDA0XzAxMA==';
const GROUP_THREAD = '2-OTU2MzJkYmEtMjRkOS00MTZiLWJjZTMtODI0NjUzYjFlMDM0XzAxMA==';

function messages(
  conversationId: string,
  rows: [string, Sender, 'in' | 'out', string, string][],
): DirectMessage[] {
  return rows.map(([id, sender, direction, text, time]) => ({
    id: urn(id),
    conversationId,
    sender,
    direction,
    text,
    time,
  }));
}

const threadMessages = messages(THREAD, [
  ['MTc5MDU4Njg0MjAwMGIxLTAwNCZiZmQ4OTM1ZS0xMDVmLTRjNWMtOGYwNy1hYzY0ZTEyNTM0MjJfMDEw', tomas, 'in', 'Hi Alex — I caught your talk at the Lisbon product meetup last week. The part about anchoring annual plans against the monthly price was exactly the problem we’re wrestling with.', '10:14 AM'],
  ['MTc5MDU4Njg4MDAwMGIxLTAwNCY3OWMyOGI4Yi1kYjg2LTQ1ODQtYWM5Zi0xNDVmZDdmMDE4MDRfMDEw', tomas, 'in', 'Would you be open to a couple of questions about how you ran that test?', '10:14 AM'],
  ['MTc5MDU4Nzg3MDAwMGIxLTAwNCYwYmJhOThjOC0zYWFkLTQzZjgtYTAxMC02YjJiMTFiZWYxM2NfMDEw', alex, 'out', 'Thanks Tomás! Sure, happy to help. What are you trying to figure out?', '10:31 AM'],
  ['MTc5MDU4ODg3NTAwMGIxLTAwNCY2ZGYyMjc1My1kYzc3LTQ1NzctYTE1NS1kOTY2MGI1NDg2MmZfMDEw', tomas, 'in', 'We sell a B2B scheduling tool: 40 customers, all on monthly plans. Did you grandfather existing customers when you introduced the annual plan?', '10:47 AM'],
  ['MTc5MDU4OTczMzAwMGIxLTAwNCY5MGY3ZWU3ZS1kYWMwLTRkMWUtYWY5My05MGJjYjhhNzFmYjdfMDEw', alex, 'out', 'We did, for six months.', '11:02 AM'],
  ['MTc5MDU4OTc3MTAwMGIxLTAwNCY0MWQ1MDA2MC1lZjc2LTRlOWMtODdmZi0zMjM0ZWVlODBjNDVfMDEw', alex, 'out', 'Then we emailed everyone twice before the change.\nChurn barely moved — the annual plan mostly pulled in new customers.', '11:02 AM'],
  ['MTc5NTc3MTIwNTAwMGIxLTAwNCZkZmMyNjgxYy1hNTJmLTRjMmQtYjQ3YS1lZWFhMDYyYjk4YzFfMDEw', tomas, 'in', 'That’s really helpful, thank you. We’re going to copy the two-email approach 🙏', '9:20 AM'],
  ['MTc5NTc3MTMzNzAwMGIxLTAwNCZkYjFhY2VhMi1mZGQ0LTQ3NTEtYTYyMS1kMjk5OGQyODQxZmNfMDEw', tomas, 'in', 'One more thing, and please say no if you’re busy: I’ve written a short book (about 60 pages) on what we learned bootstrapping the company. Would you be willing to read it and tell me honestly whether the pricing chapter holds up?', '9:20 AM'],
  ['MTc5NTc3Njc2NDAwMGIxLTAwNCZkNmY5YTFhYi0xZmJiLTRjYzYtYTU3ZS1mODk3YjgxMmI3N2VfMDEw', alex, 'out', 'Happy to — send it over. I’ll read it this weekend.', '10:52 AM'],
]);

const TOMAS_SNIPPET = 'Happy to — send it over. I’ll read it this weekend.';
const JORDAN_SNIPPET = 'Senior Platform Engineer at Fieldstone — fully remote (EU), €95–110k, Go + Postgres. Open to a 20-minute chat this week?';
const KYLE_PAGE_SNIPPET = 'Hi Alex, we have so much in common — let’s link up! I help founders like you book 20+ qualified calls a month. Open to a quick 15-min call?';
const KYLE_BUMP = 'Totally get it! Just bumping this in case it got buried — most founders I talk to say the same until they see the numbers 📈';
const NORTHWIND = 'Alex, see how teams like yours cut reporting time by 40% with Northwind AI.';
const GROUP = ['Sam Okafor', 'Lena Fischer', 'Brent Callahan'];
const PRIYA_SNIPPET = 'are we still on for ramen on Friday? I can book for 8';

describe('linkedin adapter: messaging-thread.html', () => {
  it('reads every message of the open thread exactly, in order', () => {
    const { document: extraction, shadowRoots } = extractFixture(linkedin, 'linkedin/messaging-thread.html');
    expect(shadowRoots).toEqual([]);
    expect(plain(extraction).surfaces).toEqual(['linkedin-thread']);
    expect(plain(extraction).messages).toEqual(threadMessages);
  });

  it('labels the li.msg-s-message-list__event row of each message', () => {
    const { document: extraction } = extractFixture(linkedin, 'linkedin/messaging-thread.html');
    expect(extraction.messages.map((found) => found.row.id)).toEqual([
      'ember310', 'ember313', 'ember315', 'ember318', 'ember321', 'ember324', 'ember330', 'ember335', 'ember337',
    ]);
    for (const { row } of extraction.messages) expect(row.matches('li.msg-s-message-list__event')).toBe(true);
  });

  it('excludes distractors: profile card, quick replies, typing indicator, composer draft, image-only message, a11y and day headings', () => {
    const { document: extraction } = extractFixture(linkedin, 'linkedin/messaging-thread.html');
    const texts = extraction.messages.map((found) => found.message.text).join('\n');
    for (const distractor of [
      'Sounds good!', 'Thanks, Tomás!', 'Looking forward to it.', 'Founder at Slotwise', 'is typing',
      'Looking forward to the pricing chapter', 'sent the following', 'Sep 28', 'Today', 'Seen by', 'Image attachment',
    ]) {
      expect(texts).not.toContain(distractor);
    }
    // 10 event rows: one is image-only and skipped.
    expect(document.querySelectorAll('li.msg-s-message-list__event')).toHaveLength(10);
    expect(extraction.messages).toHaveLength(9);
  });

  it('reads the conversation list: pills, unread signals, You: and group prefixes, missing snippet, occluded rows skipped', () => {
    const { document: extraction } = extractFixture(linkedin, 'linkedin/messaging-thread.html');
    expect(plain(extraction).conversations).toEqual([
      { key: 'Tomás Ibarra|10:52 AM', participants: ['Tomás Ibarra'], snippet: TOMAS_SNIPPET, direction: 'out', unread: false },
      { key: 'Jordan Blake|8:41 AM', participants: ['Jordan Blake'], snippet: JORDAN_SNIPPET, direction: 'in', unread: true, marker: 'inmail' },
      { key: 'Kyle Brandt|8:03 AM', participants: ['Kyle Brandt'], snippet: KYLE_PAGE_SNIPPET, direction: 'in', unread: true },
      { key: 'Northwind Analytics|Thu', participants: ['Northwind Analytics'], snippet: NORTHWIND, direction: 'in', unread: false, marker: 'sponsored' },
      { key: 'Sam Okafor, Lena Fischer, Brent Callahan|Thu', participants: GROUP, snippet: 'Booked the back room at Taberna for Thursday, 7pm 🎉', direction: 'in', unread: false },
      { key: 'Priya Raman|Wed', participants: ['Priya Raman'], snippet: PRIYA_SNIPPET, direction: 'in', unread: true },
      { key: 'Brent Callahan|Tue', participants: ['Brent Callahan'], snippet: 'Ready to scale to six figures as a coach? My 90-day accelerator has helped 300+ coaches hit $10k months. Grab a spot on my calendar 👇', direction: 'in', unread: false },
      { key: 'Dmitri Volkov|Nov 21', participants: ['Dmitri Volkov'], snippet: '', direction: 'in', unread: false },
      { key: 'Hannah Cole|Nov 14', participants: ['Hannah Cole'], snippet: 'Thanks, I’ll take a look!', direction: 'out', unread: false },
    ]);
    expect(extraction.conversations.map((found) => found.row.id)).toEqual([
      'ember201', 'ember211', 'ember221', 'ember231', 'ember241', 'ember251', 'ember261', 'ember271', 'ember281',
    ]);
  });

  it('falls back to the thread header when a continuation’s group head is not rendered yet', () => {
    const fixture = loadFixture('linkedin/messaging-thread.html');
    document.getElementById('ember310')?.remove();
    const [first] = linkedin.extract(document, fixture.url).messages;
    expect(first?.message.sender).toEqual(person('Tomás Ibarra', 'tomas-ibarra-4b1a27'));
    expect(first?.message.text).toBe('Would you be open to a couple of questions about how you ran that test?');
    expect(first?.message.time).toBeUndefined();
  });

  it('keeps the other rows when one row’s markup is broken or throws', () => {
    const fixture = loadFixture('linkedin/messaging-thread.html');
    document.querySelector('#ember318 .msg-s-event-listitem')?.replaceChildren();
    document.querySelector('#ember324 p.msg-s-event-listitem__body')?.remove();
    const explode = (selector: string) =>
      Object.defineProperty(document.querySelector(selector)!, 'textContent', {
        get() {
          throw new Error('odd node');
        },
      });
    explode('#ember315 .msg-s-message-group__name');
    explode('#ember251 .msg-conversation-card__participant-names');
    const extraction = linkedin.extract(document, fixture.url);
    expect(extraction.messages.map((found) => found.row.id)).toEqual([
      'ember310', 'ember313', 'ember321', 'ember330', 'ember335', 'ember337',
    ]);
    expect(extraction.conversations.map((found) => found.row.id)).toEqual([
      'ember201', 'ember211', 'ember221', 'ember231', 'ember241', 'ember261', 'ember271', 'ember281',
    ]);
  });
});

describe('linkedin adapter: messaging-group-thread.html', () => {
  const G = (id: string) => id;
  const groupMessages = messages(GROUP_THREAD, [
    [G('MTc5NTYzNTg1MDAwMGIxLTAwNCYzOTgzOTRjMC1kMWFjLTRlZjAtODAzZC04NWZlMDRhM2I2ZDVfMDEw'), sam, 'in', 'Who’s in for a founders’ dinner next week? Thinking Thursday.', '7:44 PM'],
    [G('MTc5NTYzNTkwMTAwMGIxLTAwNCY1ZGFjNDkxMS0yODRlLTRiNWQtODhhMi1kZmMzMTY5NjUyMjFfMDEw'), sam, 'in', 'Lena, you said you wanted to try Taberna.', '7:44 PM'],
    [G('MTc5NTYzNzQzMzAwMGIxLTAwNCY2YjJjOTE0MS02YTczLTRmMzgtOTcxMC1jYjM2ZGFiYjQ2MjNfMDEw'), lena, 'in', 'Yes! Thursday works for me.', '8:10 PM'],
    [G('MTc5NTYzNzQ2MjAwMGIxLTAwNCZjMmZhMjMwOC01ZTZhLTRmMTQtOTYxMi02OTJlYWE4YmIyMTVfMDEw'), lena, 'in', 'I can bring the slides from the pricing workshop if people want them.', '8:10 PM'],
    [G('MTc5NTYzODcwMDAwMGIxLTAwNCZlMDc5Zjc0My03NTAxLTRjMjMtYjZhYy02YzllMmMyMDI1Y2NfMDEw'), alex, 'out', 'Count me in. 7pm?', '8:31 PM'],
    [G('MTc5NTY4MDMxOTAwMGIxLTAwNCYwZGU3YjZjZi1kMWMzLTQxMmMtODc5ZC1lYTZiY2YzMDU3YzZfMDEw'), brent, 'in', 'Hey everyone! 👋 Quick one — I’m opening 5 spots in my 90-day Six-Figure Coach Accelerator.', '8:05 AM'],
    [G('MTc5NTY4MDM2MjAwMGIxLTAwNCZkMmFiYzU1Ni1kY2ZkLTQwZDctYmZlMy0xNTYyMTFjMmI3OWVfMDEw'), brent, 'in', 'Most of my clients go from $0 to $10k/month in under 90 days.\n\nReply “SCALE” and I’ll send you the details.', '8:05 AM'],
    [G('MTc5NTY4MTg0NTAwMGIxLTAwNCY2ODIyYjMyNi04NjQxLTQ0ZTktYjNjZC1mMTlhZjdjMDJiM2VfMDEw'), sam, 'in', 'Brent, let’s keep this thread for the dinner please 🙂', '8:30 AM'],
    [G('MTc5NTY4NDMyMDAwMGIxLTAwNCY4ZjE3M2MyYS0zZjUxLTRmNDMtOGQzZC01MDQ2ZDA1M2RkZThfMDEw'), alex, 'out', 'Agreed.', '9:12 AM'],
    [G('MTc5NTY4NDM2MDAwMGIxLTAwNCYyZjBjOWIxYS0xNTE4LTQwNDAtODVlMy02ZTY4ODgzOTcxZGFfMDEw'), alex, 'out', 'Sam, do you need a headcount for the booking?', '9:12 AM'],
    [G('MTc5NTY4NjAxMTAwMGIxLTAwNCY3MTY0ZTA3My0zZTA1LTRjMTctOWI5Mi0zMzE0NWIzZDQ1ZWJfMDEw'), sam, 'in', 'Booked the back room at Taberna for Thursday, 7pm 🎉', '9:40 AM'],
  ]);

  it('inherits sender and time within each group, per sender', () => {
    const { document: extraction } = extractFixture(linkedin, 'linkedin/messaging-group-thread.html');
    expect(extraction.surfaces).toEqual(['linkedin-thread']);
    expect(plain(extraction).messages).toEqual(groupMessages);
    expect(extraction.messages.map((found) => found.message.text).join('\n')).not.toMatch(/is typing|Loading older|put me down for two/);
  });

  it('reads the list with the group row active', () => {
    const { document: extraction } = extractFixture(linkedin, 'linkedin/messaging-group-thread.html');
    expect(plain(extraction).conversations).toEqual([
      { key: 'Sam Okafor, Lena Fischer, Brent Callahan|Thu', participants: GROUP, snippet: 'Booked the back room at Taberna for Thursday, 7pm 🎉', direction: 'in', unread: false },
      { key: 'Kyle Brandt|8:03 AM', participants: ['Kyle Brandt'], snippet: KYLE_PAGE_SNIPPET, direction: 'in', unread: true },
      { key: 'Tomás Ibarra|Wed', participants: ['Tomás Ibarra'], snippet: TOMAS_SNIPPET, direction: 'out', unread: false },
      { key: 'Marcus Delaney|Tue', participants: ['Marcus Delaney'], snippet: 'Great question! We’ve worked with 200+ B2B brands across every vertical.', direction: 'in', unread: true },
    ]);
  });
});

describe('linkedin adapter: overlay bubbles', () => {
  const KYLE_OVERLAY = `overlay:${kyle.id}`;
  const kyleMessages = messages(KYLE_OVERLAY, [
    ['MTc5NTcwOTU0MDAwMGIxLTAwNCYwNGIwZGNmZS03NTJiLTQyYTUtOTBkYy1jNjg5ZmViMDg5N2FfMDEw', kyle, 'in', 'Hi Alex, I came across your profile and we have so much in common! Let’s link up 🤝', '4:12 PM'],
    ['MTc5NTcwOTU3ODAwMGIxLTAwNCY0YTQwZjVmOS1iNzUzLTRjNjMtYTUyMy0zNmMyYTJkODZmM2VfMDEw', kyle, 'in', 'I help SaaS founders add $50k+ in pipeline every month with done-for-you outreach. No fluff, just results.', '4:12 PM'],
    ['MTc5NTcwOTYyMTAwMGIxLTAwNCY0MGJhYTViNC05MTk3LTRiZDMtODU2YS1iYTQzYmNmZjcxMTlfMDEw', kyle, 'in', 'Would you be open to a quick 15-min call this week? Here’s my calendar: calendly.com/kyle-brandt-growth/15min', '4:12 PM'],
    ['MTc5NTcxNjE4NTAwMGIxLTAwNCZkODBkZTI2OC00NWMxLTRjM2QtODdiOC1lZWM5MTYwOTJhMzZfMDEw', alex, 'out', 'Thanks Kyle, I’m not looking for outreach help right now.', '6:03 PM'],
    ['MTc5NTc2NjU5MjAwMGIxLTAwNCY1MDcyMDRhNy0wYjVjLTQ5MWMtOWMwOC00YzIxNjlhOWU3YTlfMDEw', kyle, 'in', KYLE_BUMP, '8:03 AM'],
  ]);

  it('overlay-light.html: reads the open bubble (light DOM), keyed by the counterpart member id', () => {
    const { document: extraction, shadowRoots } = extractFixture(linkedin, 'linkedin/overlay-light.html');
    expect(shadowRoots).toEqual([]);
    expect(extraction.surfaces).toEqual(['linkedin-overlay']);
    expect(plain(extraction).messages).toEqual(kyleMessages);
    const texts = extraction.messages.map((found) => found.message.text).join('\n');
    // Feed posts, quick replies, the profile card headline and the minimized bubble are not messages.
    expect(texts).not.toMatch(/No recruiters please|Comment “SCALE”|Tell me more|DM me “GROWTH”|Priya/);
    expect(plain(extraction).conversations).toEqual([
      { key: 'Kyle Brandt|8:03 AM', participants: ['Kyle Brandt'], snippet: KYLE_BUMP, direction: 'in', unread: false },
      { key: 'Jordan Blake|8:41 AM', participants: ['Jordan Blake'], snippet: JORDAN_SNIPPET, direction: 'in', unread: true, marker: 'inmail' },
      { key: 'Priya Raman|Wed', participants: ['Priya Raman'], snippet: PRIYA_SNIPPET, direction: 'in', unread: true },
      { key: 'Northwind Analytics|Thu', participants: ['Northwind Analytics'], snippet: NORTHWIND, direction: 'in', unread: false, marker: 'sponsored' },
      { key: 'Tomás Ibarra|Wed', participants: ['Tomás Ibarra'], snippet: TOMAS_SNIPPET, direction: 'out', unread: false },
    ]);
  });

  it('overlay-shadow.html: finds nothing from document, everything from the interop shadow root', () => {
    const { document: fromDocument, shadowRoots, shadows } = extractFixture(linkedin, 'linkedin/overlay-shadow.html');
    expect(plain(fromDocument)).toEqual({ surfaces: [], messages: [], conversations: [] });
    expect(shadowRoots).toHaveLength(1);
    expect(shadowRoots[0]?.host.id).toBe('interop-outlet');
    const [extraction] = shadows;
    expect(extraction?.surfaces).toEqual(['linkedin-overlay']);
    const MARCUS_OVERLAY = `overlay:${marcus.id}`;
    expect(plain(extraction!).messages).toEqual(
      messages(MARCUS_OVERLAY, [
        ['MTc5NTUyODkzMDAwMGIxLTAwNCY5Yzg5MGU5Ny0xNGRiLTQ3ZGItYTZjMS1kNmEwZmIzOWQ5YjhfMDEw', marcus, 'in', 'Hey Alex 👋 Noticed you’re scaling Brightloop — congrats on the growth!', '2:02 PM'],
        ['MTc5NTUyODk2NDAwMGIxLTAwNCZhZWRiMGU2YS1kM2FiLTQxOTMtOGQ4Zi1lZTNkNDkxZjA2YWFfMDEw', marcus, 'in', 'We’re a B2B lead-gen agency that books 15–30 qualified sales meetings a month for SaaS teams, fully done-for-you. Clients like yours see a 5x ROI in 90 days.', '2:02 PM'],
        ['MTc5NTUyOTAxMDAwMGIxLTAwNCZhYjc1Njc4ZS01NDlhLTRjODktOTRkMy05N2I3MjIxN2UzZmRfMDEw', marcus, 'in', 'Worth a quick 15-min call to see if it’s a fit?', '2:02 PM'],
        ['MTc5NTUzMDYwMjAwMGIxLTAwNCY4M2I0ZWY0ZS1lMjFmLTQwM2ItYjUyMS1iMzRmZDlmM2I2ZDVfMDEw', alex, 'out', 'Hi Marcus, which dev-tools companies have you worked with?', '2:30 PM'],
        ['MTc5NTUzMjcwMDAwMGIxLTAwNCYzMDQ3ODU1ZC00MDQzLTQyMjctYTU5NS04NDQwZTgwMTgwZmRfMDEw', marcus, 'in', 'Great question! We’ve worked with 200+ B2B brands across every vertical.\nI’ll send over some case studies — what does your calendar look like Thursday?', '3:05 PM'],
        ['MTc5NTc3MDkyNzAwMGIxLTAwNCY1ZTZkYWQ5Yy0xYWNmLTRkZGQtYWVlYS03ZmI2MWI5NGUzZThfMDEw', marcus, 'in', 'Hi Alex, just floating this to the top of your inbox 🙂 Still keen to show you how we’d fill your pipeline.', '9:15 AM'],
      ]),
    );
    // The InMail subject h3, quick replies and composer draft stay out.
    expect(extraction!.messages.map((found) => found.message.text).join('\n')).not.toMatch(/Quick question about|Send the case studies|dev-tools case studies first/);
    expect(plain(extraction!).conversations.map((row) => [row.key, row.unread, row.marker])).toEqual([
      ['Marcus Delaney|9:15 AM', false, undefined],
      ['Jordan Blake|8:41 AM', true, 'inmail'],
      ['Kyle Brandt|8:03 AM', true, undefined],
      ['Sam Okafor, Lena Fischer, Brent Callahan|Thu', false, undefined],
    ]);
    for (const { row } of extraction!.messages) expect(row.getRootNode()).toBe(shadowRoots[0]);
  });
});

describe('linkedin adapter: resilience', () => {
  it('renamed-classes.html yields nothing and does not throw', () => {
    const { document: extraction } = extractFixture(linkedin, 'linkedin/renamed-classes.html');
    expect(plain(extraction)).toEqual({ surfaces: [], messages: [], conversations: [] });
  });

  it('never throws on empty or foreign roots', () => {
    const url = new URL('https://www.linkedin.com/messaging/');
    expect(plain(linkedin.extract(document.createElement('div'), url))).toEqual({ surfaces: [], messages: [], conversations: [] });
    expect(plain(linkedin.extract(document.createDocumentFragment(), url))).toEqual({ surfaces: [], messages: [], conversations: [] });
  });

  it('does not treat the empty-draft route as a thread id', () => {
    const fixture = loadFixture('linkedin/messaging-thread.html');
    const compose = new URL('https://www.linkedin.com/messaging/thread/new/?filter=unread');
    const [first] = linkedin.extract(document, compose).messages;
    expect(first?.message.conversationId).toBe('profile:tomas-ibarra-4b1a27');
    expect(fixture.url.pathname).toContain('/messaging/thread/2-');
  });
});

describe('linkedin.isMessagingUrl', () => {
  it.each([
    ['https://www.linkedin.com/messaging/', true],
    ['https://www.linkedin.com/messaging/thread/2-abc==/', true],
    ['https://linkedin.com/messaging/compose/', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/messaging-tips/', false],
    ['https://www.example.com/messaging/', false],
  ])('%s → %s', (href, expected) => {
    expect(linkedin.isMessagingUrl(new URL(href))).toBe(expected);
  });
});
