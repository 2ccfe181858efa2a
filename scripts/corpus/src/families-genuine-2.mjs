// Genuine families, part 2.
export default [
  {
    id: 'g-interview-confirm', cat: 'recruiter-concrete', lang: 'en', p: 'li', n: 8,
    hand: [
      `Hi {you}, this confirms your interview for the Data Analyst position at Pinefield on Tuesday 11 June at 10:00 (BST). It's a 45-minute video call with Ana and Rahul from the analytics team; the Teams link is in your calendar invite. No preparation needed beyond your CV. Best of luck! – {me}, Pinefield Talent`,
      `Hi {you}, just confirming your interview for the Data Analyst role at Pinefield: Tuesday 11 June, 14:30 BST, 45 minutes on Teams with Ana and Rahul (analytics). You'll find the link in the calendar invite. Nothing to prepare except your CV. Good luck! {me} – Pinefield Talent`,
      `Hello {you}! Confirming your Pinefield interview (Data Analyst) on Wednesday 12 June at 11:00 BST. It's 45 min on Teams with two people from the analytics team, Ana and Rahul. Link is in the invite. No prep needed. – {me}, Pinefield Talent team`,
    ],
  },
  {
    id: 'g-referral-thanks', cat: 'thanks', lang: 'en', p: 'li', n: 6,
    hand: [
      `Thanks so much for referring me, {you}! Just got the interview invite.`,
      `Hey {you}, thank you for the referral! HR reached out this morning 🙏`,
      `{you}, thanks a ton for passing my CV along. I have a first call with the hiring manager on Friday!`,
      `Thank you for the referral {you}, really appreciate you vouching for me.`,
    ],
  },
  {
    id: 'g-volunteer-shift', cat: 'event-logistics', lang: 'en', p: 'mix', n: 8,
    hand: [
      `Hi {you}! Thanks for volunteering at the Riverside food bank this Saturday. Your shift is 9:00–12:00 in the sorting area. Please wear closed-toe shoes; gloves and aprons are provided. Park on Mill Lane, not in the church car park. – {me}`,
      `Hi {you}, thank you for signing up to volunteer at Riverside food bank! You're on the Saturday 12:00–15:00 shift at the distribution desk. Closed-toe shoes please, we provide gloves and aprons. Parking is on Mill Lane (not the church car park). Thanks! {me}`,
      `Hey {you}, quick note for Saturday at the Riverside food bank: you're sorting donations 9-12. Closed-toe shoes, we'll give you gloves + apron. Please use the Mill Lane parking. See you then! {me}`,
    ],
  },
  {
    id: 'g-course-cohort', cat: 'genuine-link', lang: 'en', p: 'li', n: 7,
    hand: [
      `Hi {you}, welcome to the spring cohort of the Evening Data Science course at Northgate College! Classes start Monday 3 March, 18:30–20:30, Room 1.14. The reading list and Python setup guide are on the student portal (Moodle). Please install Anaconda before the first session. See you Monday – {me}, course tutor`,
      `Hi {you}, and welcome to the Evening Data Science course (spring cohort) at Northgate College. First class: Monday 3 March, 18:30 in Room 1.14. You'll find the reading list and the Python setup guide on Moodle — please get Anaconda installed before we start. – {me}`,
      `Welcome {you}! You're enrolled in the spring Evening Data Science course at Northgate. We start Mon 3 March, 6:30pm, Room 1.14. Setup guide + reading list are on Moodle; install Anaconda beforehand if you can. {me} (tutor)`,
    ],
  },
];
