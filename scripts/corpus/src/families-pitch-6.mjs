// Pitch template families, part 6.
export default [
  {
    id: 'f-coach-rapport-03', cat: 'rapport', lang: 'en', p: 'li', n: 10, obf: true,
    hand: [
      `Hi {you}, loved your profile! I see we're both passionate about leadership and growth. I'd love to connect and chat a bit more. I mentor a handful of ambitious professionals on building a business that gives them more time and financial freedom. Open to a quick chat?`,
      `Hey {you}! Loved your profile 😊 Seems we're both passionate about growth and leadership. Would love to connect and chat more! I mentor a small number of ambitious professionals building businesses that give them time and financial freedom. Quick chat sometime?`,
      `{you} - really loved your profile. Looks like we share a passion for leadership & personal growth! Let's connect and chat a bit more. I mentor a few ambitious people who are building a business for more time and financial freedom, open to a quick chat?`,
      `Hi {you} 🙌 your profile really stood out, I can tell we're both into leadership and growth. Would love to connect! I currently mentor a handful of ambitious professionals building businesses for time + financial freedom. Up for a quick chat?`,
    ],
    followups: [`Hey {you}, just bumping this 🙂 would love to hear more about what you're working on!`, null, null, `{you} did you see my message? 😊`],
  },
  {
    id: 'f-mlm-coachable-01', cat: 'mlm', lang: 'en', p: 'mix', n: 7,
    hand: [
      `Hi {you}! I'm looking for 3 coachable people who want to build something of their own this year. You don't need experience, just a phone and 5-10 hours a week. I'll personally mentor you. Can I send you a short video to see if it's a fit? ✨`,
      `Hey {you} ✨ I'm looking for 3 coachable people who want to build their own thing this year. No experience needed, just your phone and 5-10 hrs/week, and I'll mentor you personally. Want a short video to see if it fits?`,
    ],
  },
  {
    id: 'f-x-giveaway-01', cat: 'link-drop', lang: 'en', p: 'x', n: 7,
    hand: [
      `🎉 Congratulations {you}! You've been selected as a winner of our monthly giveaway 🎁 Claim your prize here before it expires: hxxps://prize-claim[.]live/{me_lc}`,
      `Congrats {you} 🎁 you're one of our giveaway winners this month! Claim your prize before it expires 👉 hxxps://prize-claim[.]live/{me_lc}`,
      `{you} you WON 🎉🎉 our monthly giveaway. claim it here quick before it expires: hxxps://prize-claim[.]live/{me_lc}`,
    ],
  },
];
