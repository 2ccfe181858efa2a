// Sample messages for the threshold preview: a spread from obvious pitch to a friend's note.
export const SAMPLE_MESSAGES: readonly string[] = [
  'Hi Alex, we have so much in common! I help busy professionals build a six-figure online business in 90 days. Open to a quick 15-minute call this week?',
  'Hey! Loved your recent post. We help SaaS founders book 20+ qualified demos a month. Worth a chat?',
  'Hi Alex, quick question: are you open to a short call next week about how we help teams grow?',
  'I’m hiring a Staff Engineer for a climate startup; your work on the pricing engine looked like a great fit. Would you like the job description?',
  'Are we still on for ramen on Friday? I can book for 8.',
  'Thanks for the intro to Priya yesterday — we are meeting on Tuesday.',
];
