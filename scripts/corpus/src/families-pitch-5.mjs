// Pitch template families, part 5: families whose members were hand-obfuscated by different
// senders (the same script, dodging filters in different ways), plus a few more scripts.
import { ob } from '../lib/vary.mjs';
export default [
  {
    id: 'f-obf-passive-01', cat: 'obfuscated', lang: 'en', p: 'x', n: 7,
    hand: [
      `Hey {you} 👋 I make $4k/week in passive income with a simple crypto strategy. DM me "START" and I'll show you how`,
      { t: `Hey {you} 👋 I make $4k/week in ${ob.bold('passive income')} with a simple ${ob.bold('crypto')} strategy. D M me "START" and I'll show you how`, obf: 'mathbold+spaced' },
      { t: `hey {you} i make $4k/week in p4ss1ve 1nc0me with a simple cr¥pto strategy. dm me "START" and ill show u how 👋`, obf: 'leet' },
      { t: `Hey {you}! I make $4k a week in ${ob.cyr('passive')} ${ob.cyr('income')} with a simple ${ob.cyr('crypto')} strategy 👋 DM me START and I'll show you`, obf: 'homoglyph' },
    ],
  },
  {
    id: 'f-obf-whatsapp-job-01', cat: 'obfuscated', lang: 'en', p: 'mix', n: 6,
    hand: [
      `Hi {you}, we are hiring! Part-time online job, earn $200-500 per day. Message me on WhatsApp for details.`,
      { t: `Hi {you}, we are hiring! Part-time online job, ${ob.zw('earn')} $200-500 per day. Message me on ${ob.zw('WhatsApp', '\u2060')} for details.`, obf: 'zerowidth' },
      { t: `Hi {you}, we're hiring! Part time online job, earn $200–500/day. Message me on W-h-a-t-s-A-p-p for details 📲`, obf: 'spaced' },
    ],
  },
  {
    id: 'f-obf-signals-01', cat: 'obfuscated', lang: 'en', p: 'x', n: 6,
    hand: [
      `📈 Free forex signals every day, 87% win rate. Join the Telegram: t.me/pipshunters`,
      { t: `📈 ${ob.full('Free')} ${ob.full('forex')} ${ob.full('signals')} every day, 87% win rate. Join the T e l e g r a m: t.me/pipshunters`, obf: 'fullwidth+spaced' },
      { t: `📈 fr3e f0rex $1gnal$ every day, 87% w1n rate. join the tele: t[.]me/pipshunters`, obf: 'leet' },
    ],
  },
  {
    id: 'f-closing-calendly-01', cat: 'link-drop', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, rather than going back and forth here, feel free to grab a time that suits you: calendly.com/{me_lc}-scale/strategy. I'll walk you through how we helped 3 agencies double their retainers in 6 months.`,
      `{you}, to save us the back and forth, just pick a slot that works: calendly.com/{me_lc}-scale/strategy — I'll show you how 3 agencies doubled their retainers in 6 months with our system.`,
    ],
  },
  {
    id: 'f-x-reply-guy-01', cat: 'rapport', lang: 'en', p: 'x', n: 6,
    hand: [
      `hey {you}, saw your reply under that viral AI post, you seem really smart 🙂 what do you do? I'm an investor, always happy to meet sharp people`,
      `Hi {you}! Saw your comment on that thread, you seem super smart 😊 what do you do for work? I'm an investor and love meeting sharp minds`,
    ],
    followups: [`nice! I actually run a small private investment group, we're up 40% this quarter. want me to add you?`],
  },
  {
    id: 'f-seo-guest-post-01', cat: 'agency', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I'm a content writer and I'd love to contribute a free, high-quality guest post to your blog. In return I'd just ask for one do-follow backlink. I can send topic ideas today. Interested?`,
      `Hello {you}! I'd love to write a free, high quality guest post for your company blog. All I ask in return is a single dofollow link. Shall I send a few topic ideas?`,
    ],
  },
];
