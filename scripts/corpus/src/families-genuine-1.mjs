// Genuine families: messages many different people send that are NOT pitches (LinkedIn canned
// replies, birthday wishes, organisers' notes to every speaker/attendee). Echo != spam.
export default [
  {
    id: 'g-congrats-role', cat: 'congrats', lang: 'en', p: 'li', n: 10,
    hand: [
      `Congrats on the new role!`,
      `Congrats on the new role, {you}!`,
      `Congratulations on the new position 🎉`,
      `Congrats on the new gig {you}! They're lucky to have you.`,
      `Congratulations on your new role! Wishing you all the best.`,
      `congrats on the new job!! 🙌`,
    ],
  },
  {
    id: 'g-work-anniversary', cat: 'congrats', lang: 'en', p: 'li', n: 8,
    hand: [
      `Happy work anniversary!`,
      `Happy work anniversary, {you}! 🎉`,
      `Congrats on 5 years at Kestrel Ledger!`,
      `Happy work anniversary {you}, time flies!`,
      `Congrats on the work anniversary! 3 years already?!`,
    ],
  },
  {
    id: 'g-birthday', cat: 'friends', lang: 'en', p: 'mix', n: 9, style: 'casual',
    hand: [
      `Happy birthday!! 🎂 hope you have the best day`,
      `happy bday {you}!!! 🥳 drinks this weekend?`,
      `Happy birthday {you}! Hope the year ahead is a great one.`,
      `HBD legend 🎉🎉`,
      `Happy birthday! Have a lovely day and eat too much cake 🍰`,
      `hey happy birthday!! miss you, we need to catch up soon`,
    ],
  },
  {
    id: 'g-thanks-connecting', cat: 'thanks', lang: 'en', p: 'li', n: 8,
    hand: [
      `Thanks for connecting!`,
      `Thanks for connecting, {you}!`,
      `Hi {you}, thanks for the connection. Looking forward to keeping in touch.`,
      `Thanks for accepting my invite! Great to be connected.`,
      `Thanks for connecting {you} 🙂 Enjoyed your comment on the Postgres thread.`,
    ],
  },
  {
    id: 'g-speaker-logistics', cat: 'event-logistics', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you}, your talk is in Room B at 14:30 on Thursday. Please arrive 20 minutes early so we can test your laptop with the projector (HDMI and USB-C adapters available). Speaker lunch is in the green room from 12:00. See you there! – {me}, DataHarbour Conf team`,
      `Hi {you}, quick logistics note: you're in Room A at 11:15 on Thursday. Please be there 20 min before to test your laptop with the AV team (we have HDMI + USB-C). Lunch for speakers is in the green room from 12:00. Thanks! {me} (DataHarbour Conf)`,
      `Hello {you}! Your session is scheduled for Room C, Thursday 16:00. Could you arrive 20 minutes early for a tech check? Adapters are provided. The speaker green room is open all day with coffee and lunch from 12:00. – {me}, DataHarbour Conf`,
      `Hi {you}, just confirming your workshop slot: Friday 09:30, Room D (capacity 40). Please arrive 20 minutes early to set up. Attendees will bring their own laptops; wifi details will be on the screen. Any questions just reply here. {me} – DataHarbour Conf`,
    ],
  },
  {
    id: 'g-slides-up', cat: 'event-logistics', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you}, thanks for attending DataHarbour Conf! Slides and recordings from all sessions are now up at dataharbourconf.example/2024/slides. Recordings of the workshops will follow next week.`,
      `Hello {you} — the slides from DataHarbour Conf are up! You'll find them at dataharbourconf.example/2024/slides, and the talk recordings are on the same page. Workshop recordings coming next week. Thanks again for coming.`,
      `Hi {you}! Slides from yesterday's talks are online at dataharbourconf.example/2024/slides 🎉 Recordings are there too; workshops will be added next week.`,
      `{you}, thanks for being part of DataHarbour this year. Slides + recordings: dataharbourconf.example/2024/slides. We'd also love your feedback in the 3-question survey linked at the top of the page.`,
    ],
  },
  {
    id: 'g-meetup-reminder', cat: 'event-logistics', lang: 'en', p: 'mix', n: 7,
    hand: [
      `Reminder: Lisbon JS meetup is tomorrow at 19:00 at the Fabrica office (Rua do Açúcar 12, 3rd floor). Please bring ID for building security. Pizza + vegan options. See you there!`,
      `Hi {you}, just a reminder that the Lisbon JS meetup is tomorrow, 19:00, Fabrica office, Rua do Açúcar 12 (3rd floor). Security needs to see an ID at the door. There'll be pizza with vegan options!`,
      `Hey {you}! Lisbon JS is tomorrow 7pm 🎉 Fabrica office, Rua do Açúcar 12, 3rd floor. Don't forget your ID for security. Food provided (vegan too).`,
    ],
  },
  {
    id: 'g-webinar-recording', cat: 'genuine-link', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, thanks for joining yesterday's session on Postgres indexing. As promised, here's the recording and the notes: pgclinic.example/sessions/indexing. The query we couldn't get to in the Q&A (the partial index one) is answered at the bottom of the notes.`,
      `Hi {you}! Thanks for attending the Postgres indexing session. Recording + notes are here as promised: pgclinic.example/sessions/indexing. I added an answer to the partial index question we ran out of time for at the bottom.`,
      `Thanks for coming to the indexing session {you}. Here's the recording and notes like I promised: pgclinic.example/sessions/indexing (scroll to the end for the partial-index question from the Q&A).`,
    ],
  },
  {
    id: 'g-alumni-reunion', cat: 'alumni', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, the Class of 2014 reunion is on Saturday 7 June at the Old Library, 6pm. Tickets are £25 (includes dinner) and we need numbers by 20 May. RSVP form: forms.gle/cl2014reunion. Hope you can make it! – {me}, reunion committee`,
      `Hi {you}! Reminder from the reunion committee: Class of 2014 reunion, Sat 7 June, Old Library, 6pm. £25 incl. dinner, RSVP by 20 May here: forms.gle/cl2014reunion. Would be great to see you.`,
      `{you}, hope you're well! We're doing the 10-year reunion for the class of 2014 on June 7th at the Old Library (6pm, £25 with dinner). Please RSVP by May 20th: forms.gle/cl2014reunion. Pass it on to anyone from our year!`,
    ],
  },
  {
    id: 'g-holiday-wishes', cat: 'friends', lang: 'en', p: 'mix', n: 8, style: 'casual',
    hand: [
      `Happy new year {you}! Wishing you a great 2025 🎆`,
      `Happy New Year! Hope 2025 treats you well.`,
      `Wishing you and your family a very happy Diwali {you}! 🪔`,
      `Eid Mubarak {you}! Hope you have a lovely day with family.`,
      `Merry Christmas and happy holidays! Thanks for a great year working together.`,
      `happy new year!! 🥂 let's finally do that hike this year`,
    ],
  },
  {
    id: 'g-launch-congrats', cat: 'congrats', lang: 'en', p: 'mix', n: 8,
    hand: [
      `Congrats on the launch! 🚀 Just signed up.`,
      `Congrats on the launch {you}! The onboarding is super smooth.`,
      `Huge congrats on launching today! Upvoted 🙌`,
      `Congratulations on the Product Hunt launch! Been following the build since the first demo.`,
      `congrats on shipping!! the dark mode is 🔥`,
    ],
  },
  {
    id: 'g-endorsement-thanks', cat: 'thanks', lang: 'en', p: 'li', n: 6,
    hand: [
      `Thanks for the endorsement {you}!`,
      `Thank you for endorsing me for Python, much appreciated 🙂`,
      `Thanks for the skill endorsement! Happy to return the favour.`,
      `Hey {you}, thanks for the endorsement, that was kind of you.`,
    ],
  },
];
