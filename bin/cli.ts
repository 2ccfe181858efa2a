// echo-screen: score, train and evaluate from JSONL. Node-only glue over the pure engine in src/engine.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  evaluateScores,
  formatMetrics,
  loadModel,
  screenMessage,
  screenMessageDetail,
  senderKey,
  snapshotModel,
  trainModel,
  type EchoInfo,
  type InboxMessage,
  type LabelledText,
  type Model,
  type Normalized,
  type ScreenContext,
  type SenderRef,
} from '../src/engine/index.ts';
import { bufferedWriter, openInput, readLines } from './lines.ts';
import { InputError, parseContacts, parseInboxLine, parseLabelledLine } from './records.ts';

export const DEFAULT_MODEL = fileURLToPath(new URL('../src/engine/model.json', import.meta.url));

const HELP: Record<string, string> = {
  main: `Usage: echo-screen <command> [options]

Commands:
  score   score an inbox stream (JSONL in, JSONL out)
  train   train a model from labelled JSONL
  eval    print precision, recall, FPR, F1, MCC and a confusion matrix

Run "echo-screen <command> --help" for a command's options.`,
  score: `Usage: echo-screen score [--model FILE] [--contacts FILE] [--threshold X] [--no-echo] [FILE|-]

Reads JSONL {"id","platform","sender":{"id","name"},"text"} ("direction", "conversationId" optional) in order
and writes one line per input line, in order:
  {"id","verdict":"pitch"|"clean"|"contact"|"own","score":0.93,"tactics":[{"id","evidence"}],"echo":null|{"template","senders"}}
A bad line writes {"line":N,"error":"…"} instead, is reported on stderr, and makes the exit code 1.

  --model FILE      model snapshot (default: src/engine/model.json)
  --contacts FILE   echo-screen/contacts file; contacts are never pitches
  --threshold X     pitch threshold in [0, 1] (default: the model's)
  --no-echo         do not track templates echoed across senders`,
  train: `Usage: echo-screen train --out FILE [--validation FILE] [--max-fpr X] [--seed N] [--buckets N] [FILE|-]

Trains from labelled JSONL (an inbox line plus "label": "pitch" | "genuine") and writes a model snapshot.
The threshold is the highest recall with false-positive rate ≤ --max-fpr (default 0.02), chosen on --validation
when given (never trained on), else on out-of-fold predictions of the training data.`,
  eval: `Usage: echo-screen eval [--model FILE] [--threshold X] [--json] [FILE|-]

Scores labelled JSONL and prints precision, recall, false-positive rate, F1, MCC and a confusion matrix.`,
};

type Flags = Record<string, string | boolean | undefined>;

function fail(message: string): never {
  throw new InputError(message);
}

function numberFlag(flags: Flags, name: string, min: number, max: number): number | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    fail(`--${name} must be a number in [${min}, ${max}], got ${JSON.stringify(raw)}`);
  }
  return value;
}

function readModel(path: string | undefined): Model {
  const file = path ?? DEFAULT_MODEL;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read model ${file}${path ? '' : ' (train one with `npm run train`)'}`);
  }
  try {
    return loadModel(JSON.parse(text));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}

function lineError(command: string, line: number, message: string): void {
  process.stderr.write(`echo-screen ${command}: line ${line}: ${message}\n`);
}

async function loadEchoHook(): Promise<ScreenContext['echo']> {
  try {
    const { createEchoIndex } = await import('../src/engine/echo-index.ts');
    const index = createEchoIndex();
    return (msg: InboxMessage, n: Normalized): EchoInfo | null => {
      const entry = {
        messageId: msg.id,
        senderKey: senderKey(msg.platform, msg.sender.id),
        normalizedText: n.folded,
        outgoing: msg.direction === 'out',
        ...(msg.conversationId === undefined ? {} : { conversationId: msg.conversationId }),
        ...(msg.time === undefined ? {} : { time: msg.time }),
      };
      const info = index.observe(entry);
      return info ? { template: info.template, senders: info.senders } : null;
    };
  } catch (error) {
    process.stderr.write(`echo-screen score: echo detection unavailable (${(error as Error).message}); "echo" is null\n`);
    return undefined;
  }
}

async function score(flags: Flags, input: string | undefined): Promise<number> {
  const model = readModel(flags.model as string | undefined);
  const threshold = numberFlag(flags, 'threshold', 0, 1);
  let isContact: (sender: SenderRef) => boolean = () => false;
  if (typeof flags.contacts === 'string') {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(flags.contacts, 'utf8'));
    } catch (error) {
      fail(`cannot read contacts ${flags.contacts}: ${(error as Error).message}`);
    }
    isContact = parseContacts(json);
  }
  // The user having written in a conversation makes its other participants people they talk to.
  const wroteIn = new Set<string>();
  const writtenTo = new Set<string>();
  const ctx: ScreenContext = {
    model,
    ...(threshold === undefined ? {} : { threshold }),
    isContact,
    hasWrittenTo: (key) => writtenTo.has(key),
    ...(flags['no-echo'] ? {} : { echo: await loadEchoHook() }),
  };
  const out = bufferedWriter(process.stdout);
  let failed = 0;
  for await (const line of readLines(openInput(input))) {
    try {
      if (line.error !== undefined) throw new InputError(line.error);
      const msg = parseInboxLine(line.text);
      const conversation = msg.conversationId === undefined ? undefined : `${msg.platform}:${msg.conversationId}`;
      if (conversation && msg.direction === 'out') wroteIn.add(conversation);
      if (conversation && msg.direction !== 'out' && wroteIn.has(conversation)) writtenTo.add(senderKey(msg.platform, msg.sender.id));
      const { id, verdict, score: s, tactics, echo } = screenMessage(ctx, msg);
      await out.write(JSON.stringify({ id, verdict, score: s, tactics: tactics.map(({ id: t, evidence }) => ({ id: t, evidence })), echo }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed++;
      lineError('score', line.line, error.message);
      await out.write(JSON.stringify({ line: line.line, error: error.message }));
    }
  }
  await out.end();
  return failed > 0 ? 1 : 0;
}

async function readLabelled(command: string, path: string | undefined, label = ''): Promise<{ examples: LabelledText[]; failed: number }> {
  const examples: LabelledText[] = [];
  let failed = 0;
  for await (const line of readLines(openInput(path))) {
    try {
      if (line.error !== undefined) throw new InputError(line.error);
      const { msg, pitch } = parseLabelledLine(line.text);
      examples.push({ text: msg.text, pitch });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed++;
      lineError(command, line.line, `${label}${error.message}`);
    }
  }
  return { examples, failed };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

async function train(flags: Flags, input: string | undefined): Promise<number> {
  if (typeof flags.out !== 'string') fail('train needs --out FILE');
  const maxFpr = numberFlag(flags, 'max-fpr', 0, 1);
  const seed = numberFlag(flags, 'seed', 0, 2 ** 32 - 1);
  const buckets = numberFlag(flags, 'buckets', 16, 2 ** 24);
  const { examples, failed } = await readLabelled('train', input);
  if (examples.length === 0) fail('no valid training examples');
  const validation = typeof flags.validation === 'string' ? await readLabelled('train', flags.validation, `${flags.validation}: `) : null;
  const model = trainModel(examples, {
    ...(maxFpr === undefined ? {} : { maxFpr }),
    ...(seed === undefined ? {} : { seed }),
    ...(buckets === undefined ? {} : { buckets }),
    ...(validation ? { validation: validation.examples } : {}),
  });
  writeFileSync(flags.out, JSON.stringify(snapshotModel(model)) + '\n');
  const pitches = examples.filter((e) => e.pitch).length;
  const m = model.metrics!;
  process.stdout.write(
    `trained on ${examples.length} examples (${pitches} pitch, ${examples.length - pitches} genuine) → ${flags.out}\n` +
      `threshold ${model.threshold.toFixed(4)}: max recall at FPR ≤ ${pct(m.maxFpr)} on ${m.source} (${m.examples} examples)\n` +
      `${m.source}: recall ${pct(m.recall)}, fpr ${pct(m.fpr)}, precision ${pct(m.precision)}, mcc ${m.mcc.toFixed(4)}\n`,
  );
  return failed + (validation?.failed ?? 0) > 0 ? 1 : 0;
}

async function evaluate(flags: Flags, input: string | undefined): Promise<number> {
  const model = readModel(flags.model as string | undefined);
  const threshold = numberFlag(flags, 'threshold', 0, 1) ?? model.threshold;
  const { examples, failed } = await readLabelled('eval', input);
  const scores = examples.map(
    (e, i) => screenMessageDetail({ model, threshold }, { id: String(i), platform: 'linkedin', sender: { id: '', name: '' }, text: e.text }).rawScore,
  );
  const metrics = evaluateScores(scores, examples.map((e) => e.pitch), threshold);
  if (flags.json) process.stdout.write(JSON.stringify({ examples: examples.length, threshold, ...metrics }) + '\n');
  else process.stdout.write(`${examples.length} examples, threshold ${threshold.toFixed(4)}\n\n${formatMetrics(metrics)}\n`);
  return failed > 0 ? 1 : 0;
}

const COMMANDS: Record<string, (flags: Flags, input: string | undefined) => Promise<number>> = { score, train, eval: evaluate };

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`… | head`) ends output quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP.main + '\n');
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`echo-screen: unknown command ${JSON.stringify(command)}\n\n${HELP.main}\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        model: { type: 'string' },
        contacts: { type: 'string' },
        threshold: { type: 'string' },
        'no-echo': { type: 'boolean' },
        out: { type: 'string' },
        validation: { type: 'string' },
        'max-fpr': { type: 'string' },
        seed: { type: 'string' },
        buckets: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (values.help) {
      process.stdout.write(HELP[command] + '\n');
      return 0;
    }
    if (positionals.length > 1) fail(`expected at most one input file, got ${positionals.length}`);
    return await run(values, positionals[0]);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const known = error instanceof InputError || code.startsWith('ERR_PARSE_ARGS') || code === 'ENOENT' || code === 'EISDIR';
    process.stderr.write(`echo-screen ${command}: ${(error as Error).message}\n`);
    if (!known) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}
