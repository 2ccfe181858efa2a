// Genuine families, part 3.
export default [
  {
    id: 'g-badge-pickup', cat: 'event-logistics', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you}, your badge for PyData Leeds is ready. Registration opens at 8:15 on Friday at the Platform building, main entrance. Bring the QR code from your ticket email. Wi-Fi: PyDataLeeds / snakes2024. – {me}, volunteer team`,
      `Hello {you}! Quick note from the PyData Leeds volunteers: badge pickup starts 8:15 Friday at the Platform building (main entrance). Have your ticket QR code ready. Wi-Fi is PyDataLeeds, password snakes2024. See you there, {me}`,
      `Hi {you} 👋 PyData Leeds registration opens 8:15 on Friday, Platform building main entrance — just show the QR from your ticket email. Wi-Fi PyDataLeeds / snakes2024. {me} (volunteers)`,
    ],
  },
  {
    id: 'g-recommendation-ask', cat: 'business-ask', lang: 'en', p: 'li', n: 6,
    hand: [
      `Hi {you}, hope you're well! I'm applying for a new role and it would mean a lot if you could write a short LinkedIn recommendation about our time working on the checkout redesign. Only if you have time, no pressure!`,
      `Hey {you}! Would you be up for writing me a short recommendation on here? We worked together on the checkout redesign in 2022 and I'm job hunting at the moment. Totally fine if you're busy.`,
      `Hi {you}, a small favour: could you leave me a quick LinkedIn recommendation about the checkout redesign project we did together? I'm starting to look for a new job. Happy to write one for you too!`,
    ],
  },
  {
    id: 'g-secret-santa', cat: 'colleague', lang: 'en', p: 'mix', n: 7, style: 'casual',
    hand: [
      `Hi {you}! Secret Santa time 🎅 Budget is £15, gifts under the tree on the 3rd floor by 18 December. Your person is in the envelope on your desk. Shh! – {me}`,
      `Hey {you}, you're in the team Secret Santa! £15 budget, please leave your gift under the 3rd floor tree by Dec 18th. Check your desk for the envelope with your person 🎁 {me}`,
      `{you}! Secret Santa draw is done 🎄 £15 max, gifts under the tree (3rd floor) by 18/12. Your name is in the envelope on your desk. Don't tell anyone! {me}`,
    ],
  },
];
