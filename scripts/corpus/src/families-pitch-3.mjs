// Pitch template families, part 3: non-English families.
export default [
  {
    id: 'f-es-coach-01', cat: 'coaching', lang: 'es', p: 'li', n: 7,
    hand: [
      `Hola {you}, veo que tenemos mucho en común y me encantaría conectar contigo. Ayudo a profesionales como tú a crear un negocio online que genere ingresos de 5 cifras al mes sin dejar su trabajo. ¿Te animas a una llamada de 15 minutos esta semana?`,
      `¡Hola {you}! Tenemos muchísimo en común, me encantaría que conectáramos 😊 Ayudo a profesionales como tú a montar un negocio online con ingresos de 5 cifras mensuales sin dejar su empleo. ¿Hacemos una llamada de 15 min esta semana?`,
      `{you}, ¡qué bueno conectar! Veo que tenemos mucho en común. Estoy ayudando a profesionales a generar ingresos de 5 cifras al mes con un negocio online, sin renunciar a su trabajo. ¿Una llamada rápida esta semana?`,
    ],
  },
  {
    id: 'f-es-crypto-01', cat: 'crypto', lang: 'es', p: 'x', n: 6, obf: true,
    hand: [
      `Hola {you} 👋 ¿te interesa ganar dinero con cripto? Mi mentor me enseñó una estrategia y pasé de 300€ a 4.800€ en un mes. Únete al grupo gratis de Telegram: t.me/criptolibertad_vip 🚀`,
      `Buenas {you}! Con la estrategia de mi mentor pasé de 300€ a 4800€ en solo un mes 🔥 ¿Te interesa ganar dinero con cripto? Grupo gratis en Telegram 👉 t.me/criptolibertad_vip`,
    ],
  },
  {
    id: 'f-pt-renda-extra-01', cat: 'mlm', lang: 'pt', p: 'mix', n: 7,
    hand: [
      `Oi {you}, tudo bem? 😊 Estou expandindo meu negócio na sua região e procuro pessoas determinadas para trabalhar comigo. Dá pra fazer pelo celular, no seu horário, e minha equipe já tem uma renda extra muito boa. Posso te mandar mais informações?`,
      `Olá {you}! Tudo bem? Estou expandindo meu negócio aí na sua cidade e busco pessoas determinadas pra fazer parte da equipe. Tudo pelo celular, horário flexível, e o pessoal já tá tirando uma ótima renda extra. Quer saber mais? 💕`,
    ],
  },
  {
    id: 'f-pt-sinais-01', cat: 'crypto', lang: 'pt', p: 'x', n: 6,
    hand: [
      `E aí {you}! Nosso grupo VIP de sinais de trade teve 94% de acerto no último mês 📈 Entradas e saídas todos os dias. Teste grátis por 7 dias, últimas vagas: t.me/sinaisdoalpha`,
      `Fala {you}! 94% de acerto no mês passado no nosso grupo VIP de sinais 🚀 Entradas e saídas diárias, 7 dias grátis. Corre que são as últimas vagas 👉 t.me/sinaisdoalpha`,
    ],
  },
  {
    id: 'f-fr-formation-01', cat: 'coaching', lang: 'fr', p: 'li', n: 6,
    hand: [
      `Bonjour {you}, j'ai vu que nous évoluons dans le même secteur et j'adore échanger avec des profils comme le vôtre. J'accompagne des cadres qui souhaitent créer des revenus complémentaires et atteindre la liberté financière en 12 mois. Seriez-vous ouvert(e) à un appel de 15 minutes ?`,
      `Bonjour {you} ! Nous sommes dans le même secteur, et j'aime beaucoup échanger avec des profils comme le vôtre. J'aide des cadres à développer des revenus complémentaires pour atteindre la liberté financière d'ici 12 mois. Un petit appel de 15 min cette semaine ?`,
    ],
  },
  {
    id: 'f-fr-agence-01', cat: 'agency', lang: 'fr', p: 'li', n: 6,
    hand: [
      `Bonjour {you},\n\nNous aidons les PME à générer entre 20 et 40 rendez-vous qualifiés par mois grâce à la prospection LinkedIn automatisée. Vous ne payez que les rendez-vous réalisés.\n\nAuriez-vous 15 minutes cette semaine pour en discuter ?\n\nCordialement,\n{me}`,
      `Bonjour {you}, nous aidons les PME à obtenir 20 à 40 rendez-vous qualifiés chaque mois via une prospection LinkedIn automatisée, et vous ne payez que les rendez-vous honorés. 15 minutes cette semaine pour en parler ?\n\n{me}`,
    ],
  },
  {
    id: 'f-de-coaching-01', cat: 'coaching', lang: 'de', p: 'li', n: 6, obf: true,
    hand: [
      `Hallo {you}, ich sehe, wir sind beide in der IT-Branche unterwegs – super, sich zu vernetzen! Ich helfe Fach- und Führungskräften, sich ein zweites Einkommen aufzubauen, ohne ihren Job zu kündigen. Hättest du diese Woche 15 Minuten für ein kurzes Gespräch?`,
      `Hi {you}, wie ich sehe, sind wir beide in der IT unterwegs, freut mich! Ich unterstütze Fach- und Führungskräfte dabei, neben dem Job ein zweites Einkommen aufzubauen. Hast du diese Woche Zeit für ein kurzes Gespräch (15 Min.)?`,
    ],
  },
  {
    id: 'f-de-leadgen-01', cat: 'agency', lang: 'de', p: 'li', n: 6,
    hand: [
      `Hallo {you},\n\nkurze Frage: Wie gewinnen Sie aktuell Neukunden? Wir liefern B2B-Unternehmen planbar 15–25 qualifizierte Termine pro Monat – Bezahlung nur bei stattgefundenem Termin.\n\nHätten Sie nächste Woche 15 Minuten für ein Gespräch?\n\nViele Grüße\n{me}`,
      `Guten Tag {you}, wie gewinnen Sie derzeit Neukunden? Wir sorgen bei B2B-Firmen für 15 bis 25 qualifizierte Termine im Monat, und Sie zahlen nur für Termine, die wirklich stattfinden. Passt Ihnen nächste Woche ein kurzes Gespräch?\n\nBeste Grüße, {me}`,
    ],
  },
  {
    id: 'f-it-investimento-01', cat: 'crypto', lang: 'it', p: 'mix', n: 6,
    hand: [
      `Ciao {you}, come stai? Volevo condividere la mia esperienza: grazie al mio mentor ho investito 500€ nel trading di criptovalute e in due settimane ho guadagnato 7.000€. È una persona onesta e seria. Scrivigli su WhatsApp: wa.me/447700900246 🙏`,
      `Buongiorno {you}! Ti racconto la mia esperienza: col mio mentor ho investito 500€ in cripto e in 2 settimane ho guadagnato 7000€. Persona seria e onesta, contattalo su WhatsApp 👉 wa.me/447700900246`,
    ],
  },
  {
    id: 'f-it-opportunita-01', cat: 'mlm', lang: 'it', p: 'li', n: 6,
    hand: [
      `Ciao {you}! Ho visto il tuo profilo e mi è piaciuto molto. Sto cercando persone ambiziose per una nuova opportunità nel settore benessere: orari flessibili, lavoro da smartphone e guadagni interessanti. Ti va se ti racconto di più in una chiamata veloce?`,
      `Ciao {you}, il tuo profilo mi ha colpito! Cerco persone ambiziose per un'opportunità nel mondo del benessere, con orari flessibili, tutto dallo smartphone e ottimi guadagni. Possiamo sentirci per una chiamata veloce?`,
    ],
  },
  {
    id: 'f-hi-trading-01', cat: 'crypto', lang: 'hi', p: 'mix', n: 7, obf: true,
    hand: [
      `Hello {you} ji, kya aap ghar baithe extra income kamana chahte hain? Hamare trading group mein daily 2-3 sure-shot calls milte hain, members roz ₹5,000-10,000 kama rahe hain. Free join karne ke liye Telegram pe message karein: t.me/profitwala_official`,
      `Hi {you}! Ghar baithe extra income chahiye? 📈 Hamare trading group mein roz 2-3 sure shot calls aate hain, log daily ₹5000-10000 kama rahe hain. Free join karo Telegram pe: t.me/profitwala_official`,
      `Namaste {you}, daily ₹5k-10k kamana hai ghar se? humare group me roz 2-3 sure-shot trading calls milti hain. abhi free hai, Telegram pe join karo t.me/profitwala_official 🙏`,
    ],
  },
  {
    id: 'f-hi-job-01', cat: 'vague-recruiter', lang: 'hi', p: 'li', n: 6,
    hand: [
      `Hi {you}, aapka profile dekha, bahut impressive hai. Hamari company mein ek exciting opportunity hai jo aapke experience ke liye perfect hai. Work from home, achha package. Kya aap interested hain? Apna number share karein, main call karti hoon.`,
      `Hello {you}, aapka profile kaafi impressive laga. Hamare paas ek exciting opportunity hai jo aapke profile ke liye bilkul sahi hai - WFH aur achha package. Interested ho toh apna number bhejiye, main call kar leti hoon.`,
    ],
  },
  {
    id: 'f-nl-leadgen-01', cat: 'agency', lang: 'nl', p: 'li', n: 6,
    hand: [
      `Hoi {you},\n\nIk zag dat jullie groeien, mooi! Wij helpen B2B-bedrijven aan 15 tot 25 gekwalificeerde afspraken per maand via LinkedIn-outreach. Je betaalt alleen voor afspraken die doorgaan.\n\nHeb je deze week 15 minuten voor een kort gesprek?\n\nGroet,\n{me}`,
      `Hallo {you}, ik zag dat jullie flink groeien! Wij zorgen voor 15-25 gekwalificeerde afspraken per maand voor B2B-bedrijven, via LinkedIn-outreach, en je betaalt alleen als de afspraak doorgaat. Zin in een kort gesprek van 15 minuten deze week?`,
    ],
  },
  {
    id: 'f-nl-inkomen-01', cat: 'income', lang: 'nl', p: 'mix', n: 6,
    hand: [
      `Hey {you}! We hebben zoveel gemeen, leuk om te connecten 😊 Ik help mensen een extra inkomen op te bouwen naast hun baan, helemaal online. Mag ik je er iets meer over vertellen?`,
      `Hoi {you}, leuk dat we connected zijn, we hebben echt veel gemeen! Ik help mensen om naast hun baan een extra inkomen op te bouwen, 100% online. Zal ik je wat meer info sturen?`,
    ],
  },
];
