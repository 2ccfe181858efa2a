// Tokenizer identity and limits; the hashing of words and character n-grams lives in features.ts.

/** Bump when tokens or hashing change: a saved model records it and refuses to load with another. */
export const TOKENIZER = 'echo-words-chars@1';

/** Text features are read from at most this many characters, so a 1 MB message costs the same as a long one. */
export const FEATURE_TEXT_LIMIT = 4000;
