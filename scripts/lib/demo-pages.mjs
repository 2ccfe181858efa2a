// The built-in demo inbox: a few fixture pages, each served under its real URL.
import { fixturePages } from './fixture-pages.mjs';

const DEMO = {
  'linkedin-messaging-thread': 'LinkedIn messaging',
  'linkedin-overlay-shadow': 'LinkedIn chat bubble on the feed',
  'x-chat-thread': 'X Chat',
  'x-chat-requests': 'X message requests',
};

export const DEMO_PAGES = fixturePages()
  .filter((p) => p.name in DEMO)
  .map((p) => ({ ...p, title: DEMO[p.name] }));
