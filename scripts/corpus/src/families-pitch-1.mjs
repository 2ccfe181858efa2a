// Pitch template families, part 1. Hand-written members; the build adds script variants up to n.
export default [
  {
    id: 'f-coach-rapport-01', cat: 'rapport', lang: 'en', p: 'li', n: 9, obf: true,
    hand: [
      `Hi {you}, we have so much in common, let's link up and chat a bit more! I help driven professionals like you build a six-figure coaching business on the side without quitting their job. Would you be open to a quick call this week?`,
      `Hey {you}! We have so much in common 😊 let's connect and chat a bit more. I'm helping a few ambitious people build a six figure online business alongside their 9-5. Open to a quick call this week?`,
      `{you}, we've got so much in common - would love to link up and chat more! Helping driven professionals like yourself build 6-figure side businesses through coaching. Quick call this week?`,
    ],
    followups: [`Hi {you}, just bumping this to the top of your inbox 🙂 still keen to chat!`, null, `did you see my last message {you}?`],
  },
  {
    id: 'f-coach-rapport-02', cat: 'rapport', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, I see we're both in the tech space and I love connecting with like-minded people. I'm currently mentoring a small group of professionals who want to create a second income stream and reach financial freedom in the next 12 months. Not for everyone, but your profile stood out. Would you be interested in hearing more?\n\nBest,\n{me}`,
      `Hello {you}, I noticed we're both in tech, always great to connect with like-minded people! Right now I'm mentoring a small group of professionals building a second income stream towards financial freedom within 12 months. It's not for everyone but your profile really stood out. Interested in hearing more?\n\n{me}`,
      `Hi {you}! Looks like we're both working in tech 🙌 I'm mentoring a handful of professionals who want a second stream of income and financial freedom within a year. Honestly not for everyone, but your profile stood out to me - want to hear more?`,
    ],
  },
  {
    id: 'f-mlm-wellness-01', cat: 'mlm', lang: 'en', p: 'mix', n: 8, obf: true,
    hand: [
      `Hey {you}! Hope you're having an amazing week 💕 I'm working with a health and wellness brand that's expanding in your area and I'm looking for a couple of motivated people to partner with. It's flexible, you can do it from your phone, and the people on my team are earning a great part-time income. Would you be open to taking a look? No pressure at all!`,
      `Hi {you} 😊 hope your week is going amazing! I partner with a health & wellness brand that's expanding into your area and I'm looking for 2 or 3 motivated people to work with. Totally flexible, all from your phone, and my team is earning a really nice part-time income. Open to taking a look? No pressure!`,
      `hey girl!! hope you're having the best week 💖✨ so I work with a wellness brand that's expanding near you and I'm looking for a few motivated ladies to partner with. super flexible, all from your phone, and my team is making a great part time income!! would you be open to a peek? no pressure at all 🥰`,
    ],
    followups: [`Hey {you}! Just checking you got my message 💕`, `Hi {you}, no worries if now isn't the right time! Just let me know either way 😊`],
  },
  {
    id: 'f-mlm-partner-02', cat: 'mlm', lang: 'en', p: 'mix', n: 6,
    hand: [
      `Hi {you}, I'm expanding my business into your city and looking for a few sharp, open-minded people to partner with. It's not a job offer, it's a business opportunity. If you're open to diversifying your income I'd be happy to share some info. Are you open-minded to looking at something outside of what you currently do?`,
      `Hey {you}, quick one: I'm expanding my business in your area and I'm looking for a few open-minded, sharp individuals to partner with. Not a job, a business opportunity. Are you open to looking at something outside of your current line of work, if it made sense financially?`,
    ],
  },
  {
    id: 'f-crypto-mentor-01', cat: 'crypto', lang: 'en', p: 'x', n: 9, obf: true,
    hand: [
      `Hello {you}, how are you doing today? I just wanted to share my testimony. I invested $1,000 in bitcoin trading with the help of my mentor Mrs. Evelyn Carter and received $12,500 within 7 days. She is legit and honest. You can DM her on telegram t.me/evelyncarter_fx 🙏`,
      `Hi {you} 👋 I want to testify about how my mentor Mrs Evelyn Carter changed my life. I invested $1000 in BTC trading and got $12,500 back in just 7 days!! She is so honest and legit. Message her on telegram: t.me/evelyncarter_fx`,
      `Good day {you}, sorry to bother you. I just had to share this, i started bitcoin trading with $1000 under the guidance of my mentor Mrs Evelyn Carter and my profit was $12,500 in one week. God bless her 🙏 contact her on Telegram @evelyncarter_fx`,
    ],
    followups: [`{you} did you contact her yet?`, null, `Hello? Have you messaged Mrs Carter?`],
  },
  {
    id: 'f-crypto-signals-01', cat: 'crypto', lang: 'en', p: 'x', n: 8,
    hand: [
      `🚀 Hey {you}! Our VIP signals group hit 92% accuracy last month. BTC, ETH, SOL entries + exits posted daily. Free 7-day trial for new members, only 20 spots left 👇 t.me/apexsignalsvip`,
      `Hey {you} 👋 our VIP crypto signals hit 92% accuracy last month! Daily BTC/ETH/SOL entries and exits. Free trial for 7 days, just 20 spots left 👉 t.me/apexsignalsvip`,
      `yo {you} our vip signal group went 92% accurate last month 📈 btc eth sol calls daily w entries/exits. free 7 day trial, 20 spots left t.me/apexsignalsvip`,
    ],
  },
  {
    id: 'f-forex-account-01', cat: 'crypto', lang: 'en', p: 'x', n: 6,
    hand: [
      `Hi {you}, are you interested in forex trading? I manage accounts for clients and they receive 25-30% returns weekly. Minimum investment is $500, and you can withdraw your profits anytime. If interested let me know so I can explain how it works.`,
      `Hello {you}! Are you into forex? I handle trading accounts for clients, weekly returns of 25 to 30%. Min. investment $500 and profits can be withdrawn any time. Let me know if interested and I'll explain how it works 💯`,
    ],
  },
  {
    id: 'f-leadgen-agency-01', cat: 'agency', lang: 'en', p: 'li', n: 9,
    hand: [
      `Hi {you},\n\nI'll keep this short. We help B2B SaaS founders book 20-30 qualified sales meetings per month using done-for-you LinkedIn and email outreach. You only pay for meetings that actually show up.\n\nWould you be open to a quick 15-minute call to see if it's a fit?\n\nBest,\n{me}`,
      `Hi {you}, I'll keep it brief - we help B2B SaaS founders get 20-30 qualified sales meetings every month through done-for-you outreach on LinkedIn and email. You only pay for the meetings that show. Open to a 15 min call to see if it fits?\n\n{me}`,
      `{you} - quick one. We book 20 to 30 qualified sales meetings a month for B2B SaaS founders (LinkedIn + cold email, fully done for you). Pay only for meetings that show up. Worth a 15-minute call?\n\nCheers,\n{me}`,
    ],
    followups: [`Hi {you}, just floating this back to the top of your inbox. Worth a quick chat?`, null, `{you}, I know you're busy so I'll make this my last message. If booking more meetings is ever a priority, my calendar is here: calendly.com/{me_lc}-growthpipe/15min`],
  },
  {
    id: 'f-seo-01', cat: 'agency', lang: 'en', p: 'li', n: 7, obf: true,
    hand: [
      `Hi {you}, I was checking your website and noticed it's not ranking on the first page of Google for several important keywords. I also found some technical errors that are hurting your traffic. I can send you a free audit report with the fixes. Would you like me to send it over?`,
      `Hello {you}, I went through your website and it isn't showing on Google's first page for a few key keywords. There are also a couple of technical SEO errors affecting your traffic. Can I send you a free audit report with the fixes?\n\nThanks,\n{me}`,
      `Hi {you}! Checked your site today - you're not ranking on page 1 of Google for some really important keywords, plus there are some technical errors dragging your traffic down. Happy to send a free audit + fixes, shall I?`,
    ],
  },
  {
    id: 'f-webdev-01', cat: 'agency', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I came across your company website and honestly it looks a bit outdated and is not mobile friendly, which could be costing you leads. I'm a web designer and I build modern, fast websites starting at $499. Can I share a few samples of my work?`,
      `Hey {you}, came across your website and noticed it's not fully mobile friendly and looks a little outdated, that might be costing you leads. I design modern fast sites from $499. Mind if I send a few samples?`,
    ],
  },
  {
    id: 'f-offshore-dev-01', cat: 'agency', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you},\n\nHope you're doing well. We are a team of 80+ developers in Pune specialising in React, Node.js, Flutter and AI/ML. We help startups and enterprises build products faster at 40% lower cost. Rates start at $18/hour with a free 2-week trial.\n\nCan we schedule a short call to discuss your upcoming projects?\n\nRegards,\n{me}`,
      `Hello {you},\n\nI hope this message finds you well. We're an 80+ strong development team based in Pune, experts in React, Node.js, Flutter and AI/ML. We help companies ship faster at 40% lower cost, starting at $18/hr, and we offer a 2 week free trial.\n\nCould we schedule a short call to discuss your upcoming requirements?\n\nThanks & Regards,\n{me}`,
      `Hi {you}, greetings from Pune! We have 80+ devs (React, Node, Flutter, AI/ML) helping startups build products 40% cheaper. $18/hr, free trial for 2 weeks. Any upcoming projects we can discuss on a short call?`,
    ],
    followups: [`Hi {you}, following up on my previous message. Do you have any requirement currently?`, `Dear {you}, gentle reminder regarding my earlier message. Please let me know a suitable time for a call.`],
  },
  {
    id: 'f-va-01', cat: 'agency', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hey {you}! Quick question: how many hours a week do you spend on admin, inbox and scheduling? Our trained virtual assistants take all of that off your plate for $9/hr so you can focus on growing your business. Want me to send over our pricing deck?`,
      `Hi {you}, how many hours per week go into your inbox, calendar and admin tasks? Our virtual assistants handle all of it from $9/hour so you can focus on growth. Shall I send you our pricing deck?`,
    ],
  },
  {
    id: 'f-appointment-setting-01', cat: 'agency', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, I noticed you work with coaches and consultants. We fill calendars with qualified appointments, and we only get paid per show. Most of our clients add $20k-$40k/month within 90 days. Worth hopping on a quick call?`,
      `Hey {you} - we fill coaches' and consultants' calendars with qualified appointments and we're paid per show only. Typical client adds $20-40k a month within 90 days. Worth a quick call?`,
      `Hi {you}! We help coaches & consultants fill their calendar with qualified sales appointments (pay per show, nothing upfront). Clients usually add 20-40k/month in 90 days. Can we hop on a quick call this week?`,
    ],
  },
  {
    id: 'f-webinar-masterclass-01', cat: 'webinar', lang: 'en', p: 'mix', n: 8, obf: true,
    hand: [
      `Hi {you}! I'm hosting a FREE live masterclass this Thursday: "How I built a 7-figure agency working 4 hours a day". I'll share the exact system I used, step by step. Seats are limited to 100 so grab yours here 👉 bit.ly/7fig-masterclass`,
      `Hey {you} 👋 this Thursday I'm running a free live masterclass - "How I built a 7-figure agency on 4 hours a day". Exact system, step by step. Only 100 seats! Register 👉 bit.ly/7fig-masterclass`,
      `{you}, free masterclass Thursday: how I scaled an agency to 7 figures working 4 hrs/day. step by step, nothing held back. 100 seats only, link: bit.ly/7fig-masterclass`,
    ],
    followups: [`Starts in 2 hours {you}! Still a few seats left 👉 bit.ly/7fig-masterclass`],
  },
  {
    id: 'f-vague-recruiter-01', cat: 'vague-recruiter', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you}, I came across your profile and was really impressed by your background. I have an exciting opportunity that I think would be a great fit for someone with your experience. Are you open to new opportunities at the moment? Happy to share more details on a quick call.`,
      `Hello {you}, your profile caught my eye and your background is really impressive. I'm working on an exciting opportunity that could be a great fit for someone with your experience. Would you be open to exploring new opportunities? I can share details on a call.`,
      `Hi {you}, hope you're well! I was impressed by your background and have an exciting opportunity I think would suit someone with your profile. Open to hearing about new roles right now? Happy to share more on a quick call 🙂`,
    ],
    followups: [`Hi {you}, just following up on my message. Would you have 10 minutes this week?`],
  },
  {
    id: 'f-vague-recruiter-02', cat: 'vague-recruiter', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, my client, a fast-growing, well-funded company, is looking for a leader like you. The package is highly competitive and the role is fully flexible. I can't share the company name here due to confidentiality, but I'd love to tell you more. When are you free for a call?`,
      `Hello {you}! One of my clients, a well funded and fast growing business, is searching for leaders with your profile. Very competitive package, full flexibility. The name is confidential for now, but can we set up a call so I can share more?`,
    ],
  },
  {
    id: 'f-pick-brain-01', cat: 'pick-brain', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, I'm a fellow founder and have been following your journey, really inspiring! I'd love to pick your brain for 15 minutes about how you approach growth. Also happy to share a few things that have worked for us, might be useful for you too. Here's my calendar if easier: calendly.com/{me_lc}-scaleup`,
      `Hey {you}! Big fan of your posts. As a fellow founder I'd love to pick your brain for 15 mins on how you think about growth, and I can share what's been working for us (could be helpful on your side too). Grab any slot here: calendly.com/{me_lc}-scaleup`,
    ],
  },
  {
    id: 'f-saas-demo-01', cat: 'saas-demo', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you},\n\nTeams like yours are using our AI sales assistant to cut prospecting time by 70% and triple reply rates. It plugs into your CRM in under 5 minutes.\n\nWould you be open to a 20-minute demo next week? You can book a time here: calendly.com/{me_lc}-replyiq/demo\n\nBest,\n{me}`,
      `Hi {you}, teams similar to yours use our AI sales assistant to reduce prospecting time by 70% and 3x their reply rates. CRM integration takes under 5 minutes. Open to a 20 min demo next week? Book here: calendly.com/{me_lc}-replyiq/demo`,
      `{you}, curious - how much time does your team spend prospecting each week? Our AI assistant cuts that by 70% and triples reply rates (plugs into your CRM in 5 min). 20-minute demo next week? calendly.com/{me_lc}-replyiq/demo\n\n{me}`,
    ],
    followups: [`Hi {you}, bumping this in case it got buried. Still happy to show you a quick demo!`, null, `{you} - should I close your file? Totally fine if the timing isn't right.`],
  },
  {
    id: 'f-ghostwriting-01', cat: 'ghostwriting', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, love your content! I'm a ghostwriter for founders and I help them turn their expertise into viral LinkedIn posts that generate inbound leads. One of my clients went from 2k to 40k followers in 6 months. Would you be open to a quick chat about growing your personal brand?`,
      `Hey {you}! Really enjoy your posts. I ghostwrite for founders, turning their expertise into viral LinkedIn content that brings in inbound leads (one client went 2k → 40k followers in 6 months). Any interest in a quick chat about your personal brand?`,
    ],
  },
  {
    id: 'f-li-growth-01', cat: 'ghostwriting', lang: 'en', p: 'mix', n: 6, obf: true,
    hand: [
      `Hi {you} 👋 your profile has huge potential but you're only reaching a fraction of your network. I can grow your account to 10k+ followers in 60 days with organic growth, guaranteed. Want me to send you a free growth plan?`,
      `Hey {you}, your profile has massive potential but you're only reaching a small part of your network. I grow accounts to 10k+ followers in 60 days, 100% organic, guaranteed. Want a free growth plan?`,
    ],
  },
];
