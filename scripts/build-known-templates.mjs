#!/usr/bin/env node
// Writes src/engine/known-templates.json: the MinHash signatures of the pitch families of data/corpus/train.jsonl,
// so the extension recognises a known script from its first copy. Genuine families are never shipped.
//
//   node --import tsx scripts/build-known-templates.mjs
//
// Members nearly identical to one already kept (similarity ≥ DUPLICATE) add nothing and are skipped to keep the file small.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './lib/jsonl.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { fingerprint, fingerprintVersion, encodeSignature, similarity, isEmptySignature } = await import('../src/engine/fingerprint.ts');
const { normalize } = await import('../src/engine/normalize.ts');

const DUPLICATE = 0.8;
const MAX_BYTES = 200_000;

const families = new Map();
for (const message of readJsonl(join(root, 'data', 'corpus', 'train.jsonl'))) {
  if (message.label !== 'pitch' || !message.family) continue;
  const { signature } = fingerprint(normalize(message.text).folded);
  if (isEmptySignature(signature)) continue;
  const kept = families.get(message.family) ?? [];
  if (kept.every((other) => similarity(other, signature) < DUPLICATE)) kept.push(signature);
  families.set(message.family, kept);
}

const file = {
  version: fingerprintVersion(),
  families: Object.fromEntries([...families].sort(([a], [b]) => a.localeCompare(b)).map(([family, sigs]) => [family, sigs.map((s) => encodeSignature(s))])),
};
const json = JSON.stringify(file, null, 0) + '\n';
if (json.length > MAX_BYTES) throw new Error(`known-templates.json would be ${json.length} bytes (> ${MAX_BYTES})`);
writeFileSync(join(root, 'src', 'engine', 'known-templates.json'), json);
const members = [...families.values()].reduce((n, sigs) => n + sigs.length, 0);
console.log(`wrote ${families.size} pitch families, ${members} signatures, ${json.length} bytes`);
