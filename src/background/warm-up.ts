// A worker that has just started scores its first messages several times slower than a warm one (V8 compiles the
// tactic regexes and optimises the engine's functions on first use: 836-926 ms for a 2,000-message thread against
// 313 ms warm). When a page wakes the worker, it scores made-up messages while the page is still loading, so the
// page's own messages meet a warm engine.

const OPENERS = ['Hi Sam,', 'Hey there!', 'Good morning Priya —', 'Hello friend,', 'Dear Mr. Okafor,', 'Yo!', 'Hi', 'Thanks for connecting, Lea.'];
const BODIES = [
  'we have so much in common, let’s link up and chat a bit more about what you do.',
  'I help busy professionals build a six-figure online income in 90 days, no experience needed.',
  'our crypto signals group made 312% last month. Join free via t.me/profitsignals before spots run out!',
  'we book 20+ qualified sales meetings a month for B2B founders on autopilot. Worth a 15 min call?',
  'I’m building a team of ambitious people for a flexible home business. Interested in hearing more?',
  'are we still on for ramen on Friday? I can book a table for 8.',
  'thanks for the intro to Dana yesterday, we meet on Tuesday to go through the draft.',
  'I read your post on pricing engines and wrote a short book on the same problem. Would you read chapter two?',
  'the deploy failed again on the staging box, can you look at the logs when you are back?',
  'ｃｏａｃｈｉｎｇ s.p.o.t.s are l1m1ted — gr0w y0ur b r a n d with my m3nt0rsh1p today',
  'DM me "SCALE" and I’ll send the free training: https://bit.ly/3xScale ✅ 💰 🚀',
  'happy birthday! hope the new job is treating you well, let us catch up soon.',
];
const CLOSERS = ['', 'Cheers, Tom', 'Best regards,\nAna Ruiz\nFounder & CEO', 'Let me know!', 'P.S. reply YES and I will send details.', '— sent from my phone'];

/** Made-up messages that take the engine down its paths: pitches, tactics, links, obfuscation, plain notes, echoes. */
export function warmUpTexts(count: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = BODIES[i % BODIES.length]!;
    const opener = OPENERS[Math.floor(i / BODIES.length) % OPENERS.length]!;
    const closer = CLOSERS[i % CLOSERS.length]!;
    // A number keeps texts apart; every seventh repeats an earlier one, as a template from a new sender would.
    texts.push(i % 7 === 6 ? texts[i - 5]! : `${opener} ${body} ${i % 2 ? `#${i}` : `(${i} of ${count})`}\n${closer}`.trim());
  }
  return texts;
}

export interface WarmUp {
  /** Stops scoring at the end of the current slice (the first real batch has come: it warms the engine itself). */
  stop(): void;
  /** Resolves with how many texts were scored. */
  done: Promise<number>;
}

/** Scores `texts` in slices of about `sliceMs`, each in a task of its own, so messages that come meanwhile wait one slice at most. */
export function runWarmUp(options: {
  texts: readonly string[];
  score: (text: string, i: number) => void;
  sliceMs: number;
  later: (cb: () => void) => void;
  now?: () => number;
}): WarmUp {
  const { texts, score, sliceMs, later } = options;
  const now = options.now ?? (() => performance.now());
  let stopped = false;
  let next = 0;
  const done = new Promise<number>((resolve) => {
    const slice = () => {
      if (stopped) return resolve(next);
      const start = now();
      while (next < texts.length && now() - start < sliceMs) {
        score(texts[next]!, next);
        next++;
      }
      if (next < texts.length) later(slice);
      else resolve(next);
    };
    later(slice);
  });
  return {
    stop: () => {
      stopped = true;
    },
    done,
  };
}
