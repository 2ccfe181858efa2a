// A worker that has just started scores its first messages several times slower than a warm one (V8 compiles the
// tactic regexes and optimises the engine's functions on first use: 836-926 ms for a 2,000-message thread against
// 313 ms warm). When a page wakes the worker, it scores corpus messages while the page is still loading, so the
// page's own messages meet a warm engine.
import texts from './warm-up-texts.json' with { type: 'json' };

/** Messages from the training corpus (scripts/build-warm-up-texts.mjs): pitches of every tactic, obfuscated ones, plain notes. */
export const WARM_UP_TEXTS: readonly string[] = texts;

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
