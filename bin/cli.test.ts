// Contract tests: they spawn the real binary, as other tools do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_GENUINE, FIXTURE_PITCHES } from '../src/engine/test-fixtures.ts';

const BIN = fileURLToPath(new URL('./echo-screen.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'echo-screen-cli-'));
const modelPath = join(dir, 'model.json');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

const record = (id: string, text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, platform: 'linkedin', sender: { id: `sender-${id}`, name: 'Sam' }, text, ...extra });

const PITCH = 'Hi! I came across your profile. We help SaaS founders book 30 qualified meetings per month. Open to a quick 15 min call?';
const GENUINE = 'Are we still on for lunch tomorrow at noon?';

beforeAll(() => {
  const labelled = [
    ...FIXTURE_PITCHES.map((text, i) => record(`p${i}`, text, { label: 'pitch' })),
    ...FIXTURE_GENUINE.map((text, i) => record(`g${i}`, text, { label: 'genuine' })),
  ];
  writeFileSync(join(dir, 'train.jsonl'), labelled.join('\n') + '\n');
  const r = run(['train', '--out', modelPath, join(dir, 'train.jsonl')]);
  expect(r.code, r.stderr).toBe(0);
});

describe('echo-screen --help', () => {
  it.each([[[]], [['score']], [['train']], [['eval']]])('prints help for %j', (command) => {
    const r = run([...command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: echo-screen/);
  });

  it('rejects an unknown command', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});

describe('echo-screen train', () => {
  it('writes a versioned model that records its threshold', () => {
    const snap = JSON.parse(readFileSync(modelPath, 'utf8'));
    expect(snap).toMatchObject({ format: 'echo-screen/model', version: 1 });
    expect(snap.threshold).toBeGreaterThan(0);
    expect(snap.metrics.source).toBe('cross-validation');
  });

  it('needs --out and refuses unlabelled lines by line number', () => {
    expect(run(['train', join(dir, 'train.jsonl')]).code).toBe(2);
    const r = run(['train', '--out', join(dir, 'm2.json'), '-'], `${record('a', PITCH, { label: 'pitch' })}\n${record('b', GENUINE)}\n${record('c', GENUINE, { label: 'genuine' })}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 2: field "label"/);
  });
});

describe('echo-screen score', () => {
  it('writes one line per input line, in order, in the contract shape', () => {
    const input = [record('1', PITCH), record('2', GENUINE), record('3', PITCH, { direction: 'out' })].join('\n') + '\n';
    const r = run(['score', '--model', modelPath, '-'], input);
    expect(r.code, r.stderr).toBe(0);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['1', '2', '3']);
    expect(out.map((o) => o.verdict)).toEqual(['pitch', 'clean', 'own']);
    expect(Object.keys(out[0])).toEqual(['id', 'verdict', 'score', 'tactics', 'echo']);
    expect(out[0].score).toBeGreaterThan(0.5);
    expect(out[0].tactics).toContainEqual({ id: 'quick-call', evidence: '15 min call' });
    for (const o of out) expect(o.echo === null || typeof o.echo.senders === 'number').toBe(true);
  });

  it('reads a file argument as well as stdin', () => {
    writeFileSync(join(dir, 'inbox.jsonl'), record('f1', GENUINE) + '\n');
    const r = run(['score', '--model', modelPath, join(dir, 'inbox.jsonl')]);
    expect(r.lines.map((l) => JSON.parse(l).id)).toEqual(['f1']);
  });

  it('reports bad lines on stderr and stdout, keeps going, and exits non-zero', () => {
    const huge = record('big', 'x'.repeat(1_100_000));
    const input = [
      record('1', PITCH),
      '{not json',
      JSON.stringify({ id: '3', platform: 'linkedin', text: 'no sender' }),
      record('4', '   '),
      huge,
      '',
      record('7', GENUINE),
    ].join('\n');
    const r = run(['score', '--model', modelPath, '-'], input);
    expect(r.code).toBe(1);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(out[0].id).toBe('1');
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringMatching(/malformed JSON/) });
    expect(out[2]).toMatchObject({ line: 3, error: expect.stringMatching(/sender/) });
    expect(out[3]).toMatchObject({ line: 4, error: expect.stringMatching(/text.*empty/) });
    expect(out[4]).toMatchObject({ line: 5, error: expect.stringMatching(/longer than/) });
    expect(out[5]).toMatchObject({ line: 6, error: 'empty line' });
    expect(out[6].id).toBe('7');
    for (const n of [2, 3, 4, 5, 6]) expect(r.stderr).toContain(`line ${n}:`);
  });

  it('never flags a contact, matched by id or handle', () => {
    const contacts = {
      format: 'echo-screen/contacts',
      version: 1,
      contacts: [
        { platform: 'linkedin', id: 'sender-1', name: 'Sam', profileUrl: '', note: '', addedAt: 0 },
        { platform: 'x', id: '12345', handle: '@PitchyPat', name: 'Pat', profileUrl: '', note: '', addedAt: 0 },
      ],
    };
    writeFileSync(join(dir, 'contacts.json'), JSON.stringify(contacts));
    const input = [
      record('1', PITCH),
      record('2', PITCH),
      JSON.stringify({ id: '3', platform: 'x', sender: { id: 'pitchypat', name: 'Pat' }, text: PITCH }),
      JSON.stringify({ id: '4', platform: 'x', sender: { id: 'sender-1', name: 'Sam' }, text: PITCH }),
    ].join('\n');
    const r = run(['score', '--model', modelPath, '--contacts', join(dir, 'contacts.json'), '-'], input);
    expect(r.lines.map((l) => JSON.parse(l).verdict)).toEqual(['contact', 'pitch', 'contact', 'pitch']);
  });

  it('never flags senders in a conversation the user wrote in', () => {
    const input = [
      JSON.stringify({ id: '1', platform: 'x', conversationId: 'c1', direction: 'out', sender: { id: 'me', name: 'Me' }, text: 'Hi there' }),
      JSON.stringify({ id: '2', platform: 'x', conversationId: 'c1', sender: { id: 'bob', name: 'Bob' }, text: PITCH }),
      JSON.stringify({ id: '3', platform: 'x', conversationId: 'c2', sender: { id: 'eve', name: 'Eve' }, text: PITCH }),
    ].join('\n');
    expect(run(['score', '--model', modelPath, '-'], input).lines.map((l) => JSON.parse(l).verdict)).toEqual(['own', 'clean', 'pitch']);
  });

  it('honours --threshold and validates it', () => {
    const input = [record('1', PITCH), record('2', GENUINE)].join('\n');
    expect(run(['score', '--model', modelPath, '--threshold', '0', '-'], input).lines.map((l) => JSON.parse(l).verdict)).toEqual(['pitch', 'pitch']);
    expect(run(['score', '--model', modelPath, '--threshold', '1', '-'], input).lines.map((l) => JSON.parse(l).verdict)).toEqual(['clean', 'clean']);
    const bad = run(['score', '--model', modelPath, '--threshold', 'high', '-'], input);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threshold must be a number/);
  });

  it('refuses a model made with another tokenizer, clearly', () => {
    const snap = JSON.parse(readFileSync(modelPath, 'utf8'));
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ ...snap, tokenizer: 'words@0' }));
    const r = run(['score', '--model', join(dir, 'old.json'), '-'], record('1', GENUINE));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tokenizer "words@0".*retrain/);
  });
});

describe('echo-screen eval', () => {
  it('prints precision, recall, FPR, F1, MCC and a confusion matrix', () => {
    const input = [record('1', PITCH, { label: 'pitch' }), record('2', GENUINE, { label: 'genuine' })].join('\n');
    const r = run(['eval', '--model', modelPath, '-'], input);
    expect(r.code, r.stderr).toBe(0);
    for (const word of ['precision', 'recall', 'fpr', 'f1', 'mcc', 'actual pitch', 'actual genuine']) expect(r.stdout).toContain(word);
    const json = JSON.parse(run(['eval', '--json', '--model', modelPath, '-'], input).stdout);
    expect(json).toMatchObject({ examples: 2, tp: 1, tn: 1, fp: 0, fn: 0, mcc: 1 });
  });
});
