// Reads a JSON Lines file whole: one JSON value per non-blank line (the corpus splits, the CLI's scored output).
import { readFileSync } from 'node:fs';

export const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
