// Compact, dependency-free encodings for the model snapshot (no Buffer/atob: runs in Node and the worker alike).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk += ALPHABET[b0 >> 2]! + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)]!;
    chunk += i + 1 < bytes.length ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)]! : '=';
    chunk += i + 2 < bytes.length ? ALPHABET[b2 & 63]! : '=';
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) throw new Error('invalid base64');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const c0 = LOOKUP[clean.charCodeAt(i)]!;
    const c1 = LOOKUP[clean.charCodeAt(i + 1)] ?? 0;
    const c2 = i + 2 < clean.length ? LOOKUP[clean.charCodeAt(i + 2)]! : 0;
    const c3 = i + 3 < clean.length ? LOOKUP[clean.charCodeAt(i + 3)]! : 0;
    const n = (c0 << 18) | (c1 << 12) | (c2 << 6) | c3;
    out[o++] = (n >> 16) & 255;
    if (i + 2 < clean.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < clean.length) out[o++] = n & 255;
  }
  return out;
}

/** Ascending indices as LEB128 varints of their gaps (most gaps fit one byte). */
export function encodeIndexGaps(indices: ArrayLike<number>): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (let i = 0; i < indices.length; i++) {
    let gap = indices[i]! - previous;
    previous = indices[i]!;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  return Uint8Array.from(bytes);
}

export function decodeIndexGaps(bytes: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let previous = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      if (p >= bytes.length) throw new Error('truncated index stream');
      const b = bytes[p++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    previous += gap;
    out[i] = previous;
  }
  return out;
}
