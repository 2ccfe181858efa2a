// Standalone pitches, part 2: non-English pitches, long InMails, and pitch + bump threads
// (same sender, 2-3 messages).
import { ob } from '../lib/vary.mjs';
export const label = 'pitch';
export const lang = 'en';
export default [
  // Spanish
  ['x', 'income', `¿Cansado de tu trabajo de 9 a 5? 😩 Yo lo dejé hace 8 meses y ahora gano más desde casa. Te enseño cómo, escríbeme "LIBERTAD" 🔥`, { lang: 'es' }],
  ['li', 'vague-recruiter', `Hola {you}, tengo una oportunidad laboral muy interesante para alguien con tu perfil. No puedo dar detalles por aquí, pero creo que encajas perfectamente. ¿Hablamos por teléfono?`, { lang: 'es' }],
  ['li', 'agency', `Hola {you}, ayudamos a clínicas dentales a conseguir entre 30 y 50 pacientes nuevos al mes con anuncios en Meta. Solo pagas si hay resultados. ¿Tienes 15 minutos esta semana para una llamada?`, { lang: 'es' }],
  ['x', 'mlm', `Holaaa {you} 💖 estoy buscando 3 mamás emprendedoras para mi equipo, trabajas desde el móvil y en tus horarios. ¿Te cuento? 🥰`, { lang: 'es' }],
  ['li', 'webinar', `{you}, este jueves doy una masterclass GRATUITA: "Cómo facturar 10.000€/mes como consultor sin clientes previos". Plazas limitadas, regístrate aquí 👉 bit.ly/consultor10k`, { lang: 'es' }],
  // Portuguese
  ['x', 'crypto', `Oi {you}! Meu mentor me ensinou a operar cripto e em 2 semanas transformei R$ 500 em R$ 9.000 🙏 Chama ele no WhatsApp que ele te explica: wa.me/447700900388`, { lang: 'pt' }],
  ['li', 'coaching', `Olá {you}! Vi seu perfil e achei incrível. Estou selecionando 5 profissionais para uma mentoria que ensina a faturar R$ 20 mil por mês como consultor. Posso te mandar os detalhes?`, { lang: 'pt' }],
  ['li', 'agency', `Oi {you}, tudo bem? Somos uma agência de desenvolvimento com 60 devs no Brasil. Entregamos apps e sistemas com 50% do custo de um time nos EUA. Vamos marcar uma call de 15 min?`, { lang: 'pt' }],
  ['x', 'urgency', `ÚLTIMAS 4 VAGAS 🚨 {you}, a turma do curso de tráfego pago fecha hoje à meia-noite. Link com desconto: bit.ly/trafegopro`, { lang: 'pt' }],
  // French
  ['li', 'vague-recruiter', `Bonjour {you}, votre profil a retenu toute mon attention. J'ai une opportunité confidentielle qui pourrait vous correspondre parfaitement. Êtes-vous ouvert(e) à un échange rapide ?`, { lang: 'fr' }],
  ['x', 'crypto', `Salut {you} ! Tu veux générer des revenus passifs avec la crypto ? Mon groupe Telegram donne des signaux gratuits chaque jour 📈 t.me/signaux_elite`, { lang: 'fr' }],
  ['li', 'saas-demo', `Bonjour {you}, nos clients réduisent de 40 % le temps passé sur la facturation grâce à notre logiciel. Seriez-vous disponible 20 minutes la semaine prochaine pour une démo ?`, { lang: 'fr' }],
  ['li', 'mlm', `Bonjour {you} 🌿 je développe mon activité dans le bien-être et je cherche 2-3 personnes motivées pour travailler avec moi, à distance et à temps choisi. Ça vous dirait d'en savoir plus ?`, { lang: 'fr' }],
  // German
  ['li', 'quick-call', `Hallo {you}, hätten Sie diese Woche 15 Minuten? Ich habe eine Idee, wie Sie Ihren Umsatz mit wenig Aufwand deutlich steigern können, und würde gern Ihre Meinung hören.`, { lang: 'de' }],
  ['x', 'crypto', `Hey {you} 👋 interessierst du dich für Krypto? Mein Mentor hat mir geholfen, aus 1.000 € in drei Wochen 11.000 € zu machen. Schreib ihm auf Telegram: @krypto_mentor_max`, { lang: 'de' }],
  ['li', 'agency', `Guten Tag {you}, wir entwickeln Websites für Handwerksbetriebe ab 990 €, inklusive Google-Optimierung. Darf ich Ihnen ein paar Referenzen schicken?`, { lang: 'de' }],
  ['li', 'webinar', `Hallo {you}, am Donnerstag veranstalte ich ein kostenloses Live-Webinar: "Wie du als Coach 10.000 € im Monat verdienst". Nur 50 Plätze! Hier anmelden: bit.ly/coach10k-live`, { lang: 'de' }],
  // Italian
  ['li', 'income', `Ciao {you}! Sei stanco/a del solito 9-17? Io ho lasciato il mio lavoro 6 mesi fa e ora guadagno il doppio da casa. Ti spiego come in una call di 10 minuti?`, { lang: 'it' }],
  ['x', 'crypto', `Ciao {you} 👋 segnali crypto GRATIS ogni giorno sul nostro canale Telegram, 90% di successo il mese scorso 🚀 t.me/segnali_vip_it`, { lang: 'it' }],
  ['li', 'agency', `Buongiorno {you}, siamo un'agenzia di lead generation e aiutiamo le aziende B2B a ottenere 20 appuntamenti qualificati al mese. Ha 15 minuti questa settimana per parlarne?`, { lang: 'it' }],
  // Hinglish
  ['x', 'income', `Ghar baithe ₹50,000 mahina kamao 💰 sirf 2 ghante daily, koi experience nahi chahiye. Details ke liye DM karo ya WhatsApp karo: wa.me/447700900610`, { lang: 'hi' }],
  ['li', 'coaching', `Hi {you}, aapka profile dekha, aap kaafi talented lagte ho. Main ek mentorship program chalata hoon jisme log 6 mahine mein 6 figure side income banate hain. 15 min call karein?`, { lang: 'hi' }],
  ['x', 'crypto', `bhai ek sure shot crypto coin hai, 10x hone wala hai is hafte. group join karo t.me/desi_crypto_calls 🚀🚀`, { lang: 'hi' }],
  ['li', 'agency', `Hello {you} sir, hum ek digital marketing agency hain Noida mein. Aapki website ke liye SEO, social media aur Google Ads sab kuch ₹15,000/month mein karte hain. Kya hum ek call schedule kar sakte hain?`, { lang: 'hi' }],
  // Dutch
  ['li', 'agency', `Hoi {you}, wij helpen webshops om hun omzet te verdubbelen met Google Ads. Gemiddeld 4,5x ROAS binnen 60 dagen. Zal ik een gratis account-audit voor je doen?`, { lang: 'nl' }],
  ['x', 'crypto', `Hey {you}! Mijn mentor heeft me geleerd hoe ik met crypto €3.000 per week verdien 💰 Stuur hem een berichtje op Telegram: @cryptocoach_nl`, { lang: 'nl' }],
  ['li', 'vague-recruiter', `Hallo {you}, ik kwam je profiel tegen en ik heb een mooie kans voor iemand met jouw achtergrond. Sta je open voor een kort gesprek?`, { lang: 'nl' }],
  // Long InMails
  ['li', 'vague-recruiter', `Hi {you},\n\nI hope this message finds you well and that you're having a productive week.\n\nI'm reaching out because I've been retained by one of the most exciting organisations in the market right now. They're at a pivotal stage of growth and are looking for exceptional individuals who can help shape the next chapter of their journey. When I came across your profile, I was genuinely impressed by the breadth of your experience and the impact you've clearly had in your previous roles.\n\nWhile I'm not able to share the name of the company at this stage due to the confidential nature of the search, I can tell you that the role offers a highly competitive package, significant autonomy, and the chance to work alongside some of the brightest minds in the industry.\n\nWould you be open to a brief, confidential conversation this week to explore whether this could be of interest? Even if the timing isn't right, I'd love to connect and keep you in mind for future opportunities.\n\nWarm regards,\n{me}`],
  ['li', 'coaching', `Hi {you},\n\nI'll be honest: I almost didn't send this message.\n\nThree years ago I was exactly where a lot of high performers are today. Great job title, good salary, and completely burnt out. I was working 60-hour weeks and still felt like I was falling behind financially.\n\nEverything changed when a mentor showed me how to package my expertise into a consulting offer. Within 9 months I replaced my corporate salary. Today I work 25 hours a week, I pick my clients, and I've helped 140+ professionals do the same.\n\nI'm opening 6 spots in my next Consulting Launchpad cohort. It's not for everyone, it's for experienced people who are ready to bet on themselves.\n\nIf that's you, reply "LAUNCH" and I'll send you a short video explaining how it works. If not, no hard feelings at all, and I wish you a great week!\n\n{me}`],
  ['li', 'agency', `Hello {you},\n\nGreetings of the day!\n\nWe are a CMMI Level 3 certified software development company with 12+ years of experience and 350+ successful projects delivered for clients across the USA, UK, Australia and the Middle East.\n\nOur services include:\n✅ Custom Web & Mobile App Development\n✅ AI/ML & Generative AI Solutions\n✅ Blockchain & Web3 Development\n✅ UI/UX Design\n✅ Dedicated Developers (starting at $15/hr)\n\nWe would be glad to discuss your current or upcoming requirements and share relevant case studies. Kindly let me know a convenient time for a quick call.\n\nLooking forward to your positive response.\n\nThanks & Regards,\n{me}\nBusiness Development Manager`],
  // pitch + bump threads (same sender)
  ['li', 'quick-call', [`Hi {you}, I help SaaS companies reduce churn by 20% in 90 days. Open to a quick call next week?`, `Hi {you}, just bumping this to the top of your inbox. Would next Tuesday or Wednesday work?`, `Hi {you}, I haven't heard back, so I'll assume now isn't the right time. If churn ever becomes a priority, you know where to find me!`]],
  ['li', 'agency', [`Hey {you}, we build Shopify stores that convert. Our last 5 clients saw a 38% lift in conversion rate. Want to see the case studies?`, `{you}, did you see my last message? 🙂`]],
  ['x', 'crypto', [`hey {you} 👋 you into trading?`, `I've been making 3-5% a day with a simple strategy my mentor taught me. want me to show you?`, `hello?? don't miss out on this 🚀`]],
  ['li', 'saas-demo', [`Hi {you}, noticed your team is growing fast. Our tool automates employee onboarding end to end. Open to a 15-min demo?`, `Hi {you}, following up on my last note — happy to send a 2-minute video instead of a call if that's easier.`]],
  ['li', 'coaching', [`Hi {you}! Loved your recent post. I coach women in tech who want to break into leadership roles. Would you be open to a free clarity call?`, `Hey {you}, just circling back on this! I have 2 slots left this week 💜`]],
  ['li', 'rapport', [`Hi {you}, I see we're both in the Bay Area and in product. Love connecting with local PMs! Let's grab a virtual coffee sometime?`, `Great to connect! So, I actually work with a small group of PMs building passive income through real estate. Any interest in learning more?`]],
  ['x', 'mlm', [`hey girl!! love your page 😍`, `so random question, are you open to making some extra income from your phone? 💕`]],
  ['li', 'pick-brain', [`Hi {you}, would love to pick your brain for 15 minutes about how your team handles customer onboarding. Free this week?`, `Hi {you}, bumping this up. I'd also love to show you what we've built in that space, I think you'd find it interesting!`]],
  ['li', 'agency', [`Hello {you}, we provide dedicated offshore accountants at $12/hr. Can we discuss your requirements?`, `Dear {you}, kindly revert on my previous message.`, `Dear {you}, awaiting your response.`]],
  ['x', 'investor-ambassador', [`Hi {you}! Congratulations 🎉 you've been selected as an ambassador for our skincare brand. Check your DMs for your discount code!`, `Hey {you}, your ambassador code expires in 24 hours! Just cover shipping to claim your free kit 💕`]],
  // obfuscated
  ['li', 'obfuscated', `Hi {you}, my ${ob.cyr('mentor')} helped me build ${ob.cyr('passive')} income of $8k/month in ${ob.cyr('crypto')}. Happy to introduce you 🙏`, { obf: 'homoglyph' }],
  ['x', 'obfuscated', `${ob.bold('GUARANTEED')} 30% weekly returns 📈 ${ob.bold('forex')} account management. min $250. D.M me now`, { obf: 'mathbold' }],
  ['x', 'obfuscated', `F R E E  C R Y P T O  S I G N A L S 🔥 t . m e / moonbagcalls`, { obf: 'spaced' }],
  ['li', 'obfuscated', `{you}, there's an exclusive ${ob.zw('investment', '\u200c')} ${ob.zw('opportunity')} I'd love to share with you. Only a few ${ob.zw('spots')} left. Quick call?`, { obf: 'zerowidth' }],
  ['x', 'obfuscated', `m4ke $5OO/d4y fr0m h0me 💸 n0 3xp3r13nce n33ded. DM "INF0"`, { obf: 'leet' }],
  ['x', 'obfuscated', `${ob.full('Crypto')} ${ob.full('mentor')} here 👋 turned $300 into $7,400 this month. want the strategy?`, { obf: 'fullwidth' }],
  ['li', 'obfuscated', `Hi {you} 😊 I'm looking for ${ob.bolditalic('business partners')} in your area. ${ob.bolditalic('Financial freedom')}, flexible hours, full training. Interested?`, { obf: 'bolditalic' }],
  ['x', 'obfuscated', `Hola {you}, gana d1ner0 con cr1pt0 desde casa 💰 escríbeme por T e l e g r a m`, { lang: 'es', obf: 'leet+spaced' }],
];
