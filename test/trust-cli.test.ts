// The CLI engine takes the same hostile texts as the extension: one JSON line out per line in, nothing run, no crash.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../bin/echo-screen.mjs');

const HOSTILE = [
  '<img src=x onerror="globalThis.__pwned=1;process.exit(7)">',
  '<script>process.exit(7)</script>',
  'javascript:process.exit(7)',
  '${process.exit(7)} {{constructor.constructor("process.exit(7)")()}}',
  '\u202efdp.exe\u202c let’s link up \u2066x\u2069',
  'We have so much in common, let’s link up! '.repeat(2_500).slice(0, 100_000),
  '🚀🔥💰👨‍👩‍👧'.repeat(2_500),
  '\u0000\u0001\ud800 lone surrogate and NUL',
];

describe('echo-screen score on hostile texts', () => {
  it('writes one well-formed verdict per line, exits 0 and runs nothing', () => {
    const input = HOSTILE.map((text, i) =>
      JSON.stringify({ id: `h${i}`, platform: i % 2 ? 'x' : 'linkedin', sender: { id: `s${i}`, name: '<b onmouseover=alert(1)>Eve</b>\u202e' }, text }),
    ).join('\n');
    const run = spawnSync(process.execPath, [BIN, 'score'], { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(HOSTILE.map((_, i) => `h${i}`));
    for (const line of lines) {
      expect(['pitch', 'clean', 'contact', 'own']).toContain(line.verdict);
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
    }
  });
});
