// Pitch template families, part 4.
export default [
  {
    id: 'f-event-sponsor-01', cat: 'webinar', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, we're curating the speaker line-up for the Global FinTech Leaders Summit in Dubai this November, and your profile stood out. We have a keynote slot available as part of our Thought Leader package. Can I send you the speaking and sponsorship options?`,
      `Hello {you}! Your profile stood out while we were building the speaker line-up for the Global FinTech Leaders Summit (Dubai, November). A keynote slot is available through our Thought Leader package. Shall I share the speaking & sponsorship options?`,
    ],
  },
  {
    id: 'f-book-publishing-01', cat: 'coaching', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, have you ever thought about writing a book? With your expertise, a book would position you as the go-to authority in your industry. We help executives become bestselling authors in 90 days without writing a single word. Would you like to see how?`,
      `{you}, with your expertise you really should have a book out! We turn executives into bestselling authors in 90 days, and you don't have to write a word yourself. Want to see how it works?`,
    ],
  },
  {
    id: 'f-attendee-list-01', cat: 'agency', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you},\n\nWould you be interested in acquiring the attendee list of SaaS Frontier Europe 2025? We have 12,400 verified contacts with name, title, company, email and phone. Let me know and I'll share pricing and a sample.\n\nRegards,\n{me}`,
      `Hello {you}, are you interested in the SaaS Frontier Europe 2025 attendees list? 12,400 verified contacts including names, titles, companies, emails and phone numbers. I can send a sample and the pricing.\n\nThanks,\n{me}`,
      `Hi {you}, just checking if you'd be interested in purchasing the attendee list of SaaS Frontier Europe 2025 (12,400 verified contacts, full details incl. direct dials). Happy to send counts + pricing.`,
    ],
    followups: [`Hi {you}, did you get a chance to review my previous email? Please let me know your thoughts.`],
  },
  {
    id: 'f-crypto-recovery-01', cat: 'crypto', lang: 'en', p: 'x', n: 6, obf: true,
    hand: [
      `Have you lost money to a crypto scam or fake investment platform? Don't give up! Our certified recovery experts have helped thousands get their funds back. Contact us on Telegram @recoverypro_official for a free consultation.`,
      `Lost funds to a fake trading platform or crypto scam? 😔 Our certified recovery team has helped thousands recover their money. Free consultation on Telegram: @recoverypro_official`,
    ],
  },
  {
    id: 'f-franchise-01', cat: 'income', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, have you ever considered owning a business without leaving your career? Our semi-absentee franchise model lets professionals build a second income with just 10 hours a week. Territories in your area are going fast. Open to a short intro call?`,
      `Hello {you}! Ever thought about owning a business while keeping your career? With our semi-absentee franchise, professionals build a second income on ~10 hrs/week. Territories near you are filling up quickly. Short intro call?`,
    ],
  },
  {
    id: 'f-ai-course-01', cat: 'income', lang: 'en', p: 'x', n: 7,
    hand: [
      `{you}, AI is creating more millionaires than ever 🤖💰 I'm making $8k/month selling ChatGPT prompt packs and I'll show you exactly how in my free masterclass. Grab a seat: bit.ly/ai-cashflow`,
      `Hey {you}! AI is minting new millionaires every day 🤖 I make $8,000 a month selling ChatGPT prompt packs. Free masterclass shows you exactly how 👉 bit.ly/ai-cashflow`,
      `ai is making millionaires rn {you} 🤖💸 i do 8k/mo selling chatgpt prompt packs. free masterclass, i'll show you step by step: bit.ly/ai-cashflow`,
    ],
  },
  {
    id: 'f-insurance-advisor-01', cat: 'quick-call', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I'm a financial advisor working with tech professionals. Many people in your position are overpaying in taxes and under-protected. I offer a complimentary 20-minute financial review. Would you be open to that this week?`,
      `Hello {you}, I work as a financial advisor for tech professionals, and most people in your role overpay in tax and are underinsured. I'm offering a free 20 minute financial review, open to one this week?`,
    ],
  },
  {
    id: 'f-recruitment-agency-01', cat: 'agency', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I noticed you're hiring for several engineering roles. We specialise in tech recruitment and typically fill positions within 14 days. No placement, no fee. Can I send over a few relevant candidate profiles?`,
      `Hey {you}, saw you have a few engineering roles open. We're a tech recruitment agency and usually fill roles in 14 days, and there's no fee unless we place. Shall I send some relevant candidate profiles your way?`,
    ],
  },
  {
    id: 'f-cyber-audit-01', cat: 'saas-demo', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, we ran a quick external scan and found 3 potential vulnerabilities on your company's domain. I'd be happy to walk you through them and offer a free penetration test. Do you have 15 minutes this week?`,
      `Hello {you}, our team ran an external scan on your company's domain and found 3 potential vulnerabilities. Happy to walk you through them and do a free pen test. Got 15 min this week?`,
    ],
  },
  {
    id: 'f-newsletter-sponsor-01', cat: 'agency', lang: 'en', p: 'x', n: 6,
    hand: [
      `Hey {you}! I run a newsletter with 85k founders and operators (52% open rate). We have 2 sponsorship slots left for next month, thought it could be a great fit for your product. Want our media kit?`,
      `Hi {you} 👋 my newsletter reaches 85k founders & operators with a 52% open rate. Two sponsor slots left for next month, could be a good fit for you. Shall I send the media kit?`,
    ],
  },
  {
    id: 'f-coach-cert-01', cat: 'coaching', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, you have such a natural gift for helping people. Have you ever considered becoming a certified life coach? Our 8-week certification is fully online, and graduates charge $150-$300 per session. Enrollment closes Sunday. Want me to send the brochure?`,
      `{you}, you clearly have a gift for helping others! Ever thought of becoming a certified life coach? Our online certification takes 8 weeks and graduates charge $150-300/session. Enrollment closes Sunday, want the brochure?`,
    ],
  },
  {
    id: 'f-gold-trading-01', cat: 'crypto', lang: 'en', p: 'x', n: 6,
    hand: [
      `Hello dear, how are you? I'm Lily, I'm a gold futures trader in Hong Kong. My uncle is an analyst at a big firm and he shares inside signals with me. I can teach you, it's very simple and profitable. Do you have a trading account?`,
      `Hi dear, how is your day? My name is Lily, I trade gold futures in Hong Kong. My uncle works as an analyst at a big company and gives me inside signals. It's simple and very profitable, I can teach you. Do you have a trading account?`,
    ],
    followups: [`Dear, did you open the account? I can guide you step by step today`],
  },
];
