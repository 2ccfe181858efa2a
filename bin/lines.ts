// Node-only stream plumbing for the CLI: JSONL lines in with a size cap, buffered lines out.
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Longest accepted input line, in bytes; longer lines are reported, not parsed. */
export const MAX_LINE_BYTES = 1_000_000;

export type InputLine = { line: number; text: string; error?: undefined } | { line: number; error: string };

export function openInput(path: string | undefined): AsyncIterable<Uint8Array> {
  return !path || path === '-' ? process.stdin : createReadStream(path);
}

/** Splits a byte stream into numbered lines (1-based), without ever holding more than one capped line. */
export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let line = 0;
  const finish = (): InputLine => {
    line++;
    const bytes = Buffer.concat(parts);
    const wasOverflow = overflow;
    parts = [];
    size = 0;
    overflow = false;
    if (wasOverflow) return { line, error: `line is longer than ${maxBytes} bytes` };
    try {
      return { line, text: decoder.decode(bytes).replace(/\r$/, '') };
    } catch {
      return { line, error: 'line is not valid UTF-8' };
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(10, start); nl >= 0; nl = bytes.indexOf(10, start)) {
      if (!overflow && size + nl - start <= maxBytes) parts.push(bytes.subarray(start, nl));
      else overflow = true;
      yield finish();
      start = nl + 1;
    }
    const rest = bytes.length - start;
    if (rest > 0) {
      if (!overflow && size + rest <= maxBytes) {
        parts.push(bytes.slice(start));
        size += rest;
      } else {
        overflow = true;
        parts = [];
        size = 0;
      }
    }
  }
  if (size > 0 || overflow) yield finish();
}

/** Collects output lines and writes them in large chunks, waiting for the stream to drain. */
export function bufferedWriter(out: Writable): { write(line: string): Promise<void>; end(): Promise<void> } {
  let pending: string[] = [];
  let pendingSize = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.join('');
    pending = [];
    pendingSize = 0;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  return {
    async write(line: string) {
      pending.push(line + '\n');
      pendingSize += line.length + 1;
      if (pendingSize >= 1 << 16) await flush();
    },
    end: flush,
  };
}
