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

/**
 * Passes over the texts a page's wake starts, unless a batch comes first. One pass left the first thread after a cold
 * start 1.5-2x as slow to score as a warm worker's (2,000 messages in 586-687 ms against 300-450 ms, uncontended);
 * three passes made it 490-547 ms, for 0.3-0.4 s more worker CPU at each worker start.
 */
export const WARM_UP_PASSES = 3;

/**
 * The warm-up adds work rather than replacing any, so it pays only on a core the page is not using. On the 2-core bench
 * machine it moved work from after the page's load event to before it (LinkedIn cold starts, median of 3: load event
 * 1,580 → 2,037 ms, labelled 1,381 → 926 ms after it, 2,961 → 2,963 ms after navigation): the page showed ~450 ms later
 * and its labels came no sooner.
 */
export const WARM_UP_MIN_CORES = 4;

/** Whether a machine with `cores` logical processors (navigator.hardwareConcurrency; unknown: no) has one to spare. */
export const warmUpPays = (cores: number | undefined): boolean => (cores ?? 0) >= WARM_UP_MIN_CORES;

/**
 * Scores `texts` (`passes` times over, `i` counting on) in slices of about `sliceMs`, each in a task of its own, so
 * messages that come meanwhile wait one slice at most.
 */
export function runWarmUp(options: {
  texts: readonly string[];
  passes?: number;
  score: (text: string, i: number) => void;
  sliceMs: number;
  later: (cb: () => void) => void;
  now?: () => number;
}): WarmUp {
  const { texts, score, sliceMs, later } = options;
  const total = texts.length * (options.passes ?? 1);
  const now = options.now ?? (() => performance.now());
  let stopped = false;
  let next = 0;
  const done = new Promise<number>((resolve) => {
    const slice = () => {
      if (stopped) return resolve(next);
      const start = now();
      while (next < total && now() - start < sliceMs) {
        score(texts[next % texts.length]!, next);
        next++;
      }
      if (next < total) later(slice);
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
