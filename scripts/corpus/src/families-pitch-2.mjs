// Pitch template families, part 2.
export default [
  {
    id: 'f-investor-01', cat: 'investor-ambassador', lang: 'en', p: 'li', n: 6,
    hand: [
      `Dear {you},\n\nI represent a private family office with over $400M under management. We are actively looking to invest in promising founders like yourself, with tickets from $250k to $5M. Your company caught our attention. Kindly share your pitch deck and a WhatsApp number so our investment manager can contact you.\n\nWarm regards,\n{me}`,
      `Hello {you},\n\nI represent a private family office managing $400M+. We actively invest in promising founders such as yourself (tickets $250k–$5M) and your company caught our eye. Please send your pitch deck together with your WhatsApp number so our investment manager can reach you.\n\nRegards,\n{me}`,
    ],
    followups: [`Dear {you}, we are still waiting for your deck. The investment window closes at the end of this month.`],
  },
  {
    id: 'f-ambassador-01', cat: 'investor-ambassador', lang: 'en', p: 'x', n: 8, obf: true,
    hand: [
      `Hey {you}! 💫 We love your vibe and think you'd be a perfect fit as a brand ambassador for our new athleisure line. You'd get 40% off everything + commission on every sale. DM us "AMBASSADOR" to get started!`,
      `Hi {you} ✨ we love your content and think you'd be the perfect ambassador for our new athleisure collection! 40% off all products + commission on sales. Reply "AMBASSADOR" to get started 💕`,
      `hey {you}! loving your vibe 😍 want to be a brand ambassador for our athleisure line? 40% discount + commission on every sale. dm us AMBASSADOR to start!`,
    ],
  },
  {
    id: 'f-flattery-leaders-01', cat: 'flattery', lang: 'en', p: 'li', n: 7,
    hand: [
      `{you}, your background is genuinely impressive. I'm putting together a small, invite-only circle of senior leaders who want to multiply their impact and income over the next 12 months. Only a handful of people are invited each quarter and your profile immediately came to mind. Shall I send over the details?`,
      `Hi {you}, I have to say your background is really impressive. I'm building a small invite-only group of senior leaders looking to multiply their impact (and income) in the next year. I only invite a few people each quarter and you came to mind straight away. Can I send you the details?`,
      `Hello {you} - genuinely impressed by your background. I curate a small invite-only circle for senior leaders who want to multiply both their impact and their income over 12 months. Very few invites per quarter; your profile stood out immediately. Want the details?`,
    ],
  },
  {
    id: 'f-urgency-mastermind-01', cat: 'urgency', lang: 'en', p: 'mix', n: 7, obf: true,
    hand: [
      `{you}, only 3 spots left in my Q3 mastermind and enrollment closes Friday at midnight. Last round, members added an average of $14k/month to their business. If you want in, reply "YES" and I'll send the application 🔥`,
      `Hey {you}! Just 3 spots left for the Q3 mastermind - doors close Friday midnight. Members last round added $14k/month on average. Reply YES and I'll send you the application 🔥`,
      `Last call {you}: 3 seats left in my Q3 mastermind, enrollment closes this Friday at midnight. Previous members averaged +$14k per month. Want the application? Just reply "YES".`,
    ],
    followups: [`24 hours left {you}! Only 1 spot remaining ⏳`, null, `Doors close tonight {you}. Last chance!`],
  },
  {
    id: 'f-replace-9to5-01', cat: 'income', lang: 'en', p: 'mix', n: 8,
    hand: [
      `Hey {you}, are you tired of trading your time for money? I replaced my 9-5 income in 7 months with a simple online business that runs on autopilot. I'm showing 5 people this month exactly how I did it. Want me to send you the details?`,
      `Hi {you}! Tired of trading time for money? 7 months ago I replaced my 9-5 with a simple online business that basically runs itself. This month I'm showing 5 people exactly how. Should I send you the details?`,
      `{you} quick question, are you happy trading hours for dollars? i replaced my 9 to 5 income in 7 months with an online business on autopilot. showing 5 people how this month, want the info?`,
    ],
  },
  {
    id: 'f-amazon-fba-01', cat: 'income', lang: 'en', p: 'x', n: 6,
    hand: [
      `Hey {you} 👋 I help busy professionals build a passive income stream with Amazon FBA. My students hit $10k/month in sales within 90 days, and you don't need any experience. Want to see how it works? I'll send you a free video training.`,
      `Hi {you}! I help busy people build passive income with Amazon FBA - students hit $10k/mo in sales in 90 days, zero experience needed. Want my free video training to see how it works?`,
    ],
  },
  {
    id: 'f-dropshipping-01', cat: 'coaching', lang: 'en', p: 'x', n: 6,
    hand: [
      `yo {you}! i made $47k last month with a dropshipping store i started 6 months ago. i'm taking on 3 students for 1-on-1 mentorship. if you're serious about changing your life dm me "STORE" 💸`,
      `Hey {you}, made $47,000 last month with my dropshipping store (started it 6 months ago). Taking 3 students for 1:1 mentorship. If you're serious about changing your life, DM me "STORE" 💸`,
    ],
  },
  {
    id: 'f-real-estate-01', cat: 'income', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, have you ever thought about building wealth through real estate without using your own money? I've helped 200+ professionals acquire their first rental property with creative financing. I'm hosting a small private Zoom on Wednesday, would you like an invite?`,
      `Hello {you}! Ever considered building wealth with real estate without using your own money? I've helped over 200 professionals get their first rental through creative financing. Hosting a small private Zoom this Wednesday, want an invite?`,
    ],
  },
  {
    id: 'f-ai-agency-01', cat: 'agency', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you}, we build custom AI agents that automate repetitive work like lead qualification, customer support and invoicing. Most clients save 30+ hours a week within the first month. Would it be crazy to explore what this could look like for your team in a quick 15-minute call?`,
      `Hey {you} - we build custom AI agents that automate repetitive stuff (lead qualification, support, invoicing). Clients typically save 30+ hours/week in month one. Would it be crazy to explore this for your team on a 15 min call?`,
      `Hi {you}! Custom AI agents for lead qualification, customer support and invoicing, that's what we build. Most of our clients save 30+ hrs a week within a month. Crazy idea to explore this for your team on a quick 15-minute call?`,
    ],
    followups: [`Hi {you}, any thoughts on my previous note?`, `{you}, did you see my last message?`],
  },
  {
    id: 'f-podcast-guest-01', cat: 'flattery', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I host the "Visionary Leaders Unplugged" podcast (top 1% globally) and I'd love to feature you as a guest. Your story would really inspire our audience. There's a small production fee of $497 to cover editing and promotion. Shall I send the booking link?`,
      `Hello {you}! I'm the host of Visionary Leaders Unplugged, a top 1% global podcast, and we'd love to have you on as a guest - your journey would inspire our listeners. A small $497 production fee covers editing + promotion. Want the booking link?`,
    ],
  },
  {
    id: 'f-award-01', cat: 'flattery', lang: 'en', p: 'li', n: 6,
    hand: [
      `Congratulations {you}! 🏆 You've been shortlisted for the "Top 40 Under 40 Business Leaders 2025" award. To confirm your nomination and secure your feature in our magazine, please complete the registration (fee: $299) at hxxps://leadersawards[.]co/confirm before Friday.`,
      `Hi {you}, congratulations! You've been shortlisted for Top 40 Under 40 Business Leaders 2025 🏆 Please confirm your nomination and magazine feature via hxxps://leadersawards[.]co/confirm (registration $299) by Friday.`,
    ],
  },
  {
    id: 'f-business-funding-01', cat: 'income', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, your business may be pre-qualified for up to $500,000 in working capital. No credit check, funding in 24 hours, no collateral needed. Takes 2 minutes to apply: bit.ly/fastcap-apply. Would you like me to check your eligibility?`,
      `{you}, good news - your business could qualify for up to $500K in working capital. No credit check, no collateral, funds in 24 hrs. 2-minute application: bit.ly/fastcap-apply. Want me to check eligibility for you?`,
    ],
  },
  {
    id: 'f-airdrop-01', cat: 'crypto', lang: 'en', p: 'x', n: 8, obf: true,
    hand: [
      `🎁 Congrats {you}! Your wallet is eligible for the $ORBIT airdrop (2,500 tokens ≈ $1,200). Claim before it expires in 12h: orbit-claim[.]xyz 🚀`,
      `Hey {you}! 🎉 You're eligible for the $ORBIT airdrop - 2500 tokens (~$1,200). Claim within 12 hours here: orbit-claim[.]xyz`,
      `{you} your wallet qualified for $ORBIT airdrop 🪂 2,500 tokens worth ~$1.2k. expires in 12h, claim: orbit-claim[.]xyz`,
    ],
  },
  {
    id: 'f-x-followers-01', cat: 'ghostwriting', lang: 'en', p: 'x', n: 6,
    hand: [
      `Hey {you}! Your content is fire 🔥 but the algorithm isn't showing it to enough people. I can get you 5k real, active followers in 30 days. Want to see some results from my clients?`,
      `hi {you}, love your posts 🔥 the algo just isn't pushing them. i can get you 5,000 real active followers in 30 days. want to see client results?`,
    ],
  },
  {
    id: 'f-wrong-number-01', cat: 'crypto', lang: 'en', p: 'x', n: 7,
    hand: [
      `Hi, is this Jason? We met at the wine tasting last weekend 😊`,
      `Hello, is this Michael from the golf club? It's Vivian, we talked about the investment seminar`,
      `Hi Jason! Are we still on for dinner on Saturday? 😊`,
      `Hey is this Daniel? Sorry I think my assistant gave me the wrong number. Nice to meet you anyway 😊`,
    ],
    followups: [`Oh I'm so sorry, wrong person! But you seem nice 😊 where are you from? I'm in Singapore, I work in crypto trading with my uncle`, `Sorry for disturbing! Since we're here, may I ask what you do for work? I do part-time gold trading, it's quite profitable`],
  },
  {
    id: 'f-data-entry-job-01', cat: 'vague-recruiter', lang: 'en', p: 'mix', n: 7, obf: true,
    hand: [
      `Hello {you}, we are hiring remote part-time assistants. Simple online tasks, 1-2 hours per day, earn $300-$800 daily. No experience required. Interested? Contact our HR on WhatsApp: wa.me/447700900123`,
      `Hi {you}! Our company is recruiting part-time remote staff. Easy online tasks, only 1-2 hrs a day, $300-800 per day. No experience needed. Contact HR on WhatsApp 👉 wa.me/447700900123`,
      `Good day {you}. Remote part time job available, daily pay $300 to $800 for 1-2 hours of simple tasks on your phone. If interested add our HR on whatsapp wa.me/447700900123`,
    ],
  },
  {
    id: 'f-high-ticket-closer-01', cat: 'coaching', lang: 'en', p: 'mix', n: 7,
    hand: [
      `{you}, you've got a great background for sales. Have you heard of high-ticket closing? My students make $10k-$20k/month in commissions working remotely for coaches and course creators, no cold calling. I'm opening 10 spots in my closer academy this month. Want the details?`,
      `Hey {you}! Your background screams sales. Ever heard of high ticket closing? Students of mine make $10-20k a month in commission, fully remote, no cold calls. Opening 10 spots in my closer academy this month - want details?`,
    ],
  },
  {
    id: 'f-mindset-coach-01', cat: 'coaching', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, do you ever feel stuck, like you're meant for more but don't know what's holding you back? I help high-achieving professionals break through limiting beliefs and step into their full potential. I have 2 complimentary breakthrough sessions this week. Would you like one?`,
      `Hello {you} 🌱 ever feel like you're meant for more but something is holding you back? I work with high achievers to break through limiting beliefs and unlock their full potential. I've opened 2 complimentary breakthrough sessions this week, would you like one?`,
    ],
  },
  {
    id: 'f-trading-bot-01', cat: 'crypto', lang: 'en', p: 'x', n: 7, obf: true,
    hand: [
      `Hey {you}, our AI trading bot made 312% ROI in the last 6 months on BTC and ETH, fully automated, you keep full control of your funds. Free trial this week only 👉 hxxps://quantpilot-ai[.]io`,
      `{you} 👀 AI bot did +312% on BTC/ETH in 6 months. fully automated, your funds stay in your account. free trial this week only: hxxps://quantpilot-ai[.]io`,
    ],
  },
  {
    id: 'f-partnership-synergy-01', cat: 'rapport', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I've been following your work and I believe there are great synergies between what you do and what we're building. I'd love to explore a potential partnership that could be mutually beneficial. Do you have 15 minutes this week?`,
      `Hey {you}! Been following your work for a while and I think there's real synergy between your business and ours. Would love to explore a mutually beneficial partnership. Got 15 minutes this week?`,
    ],
  },
];
