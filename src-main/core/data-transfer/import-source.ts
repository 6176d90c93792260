// Where an import's records come from: a file read as a stream of JSON tokens, or a value already in
// memory. Both hand each element of `entities.<list>` to the sink one at a time and return the rest of
// the document (the "frame": format, version, settings, with each list emptied), so a 90 MB file
// never sits in memory whole and both paths run exactly the same checks.
import { closeSync, readSync } from 'node:fs';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import Assembler from 'stream-json/assembler.js';
import { jsonParser } from 'stream-json/parser.js';
import { AppError } from '../../contract/errors';
import { notUtf8, openRegularFile } from '../shared/user-file';

export interface RecordSink {
  // The lists under `entities` it takes a record at a time; anything else is the frame.
  readonly lists: readonly string[];
  // False: count the element but do not build it (over the limit, or checking has stopped).
  wants(list: string, index: number): boolean;
  record(list: string, index: number, value: unknown): void;
}

export function recordsFromValue(json: unknown, sink: RecordSink): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  const entities = (json as Record<string, unknown>).entities;
  if (!entities || typeof entities !== 'object' || Array.isArray(entities)) return json;
  const frameEntities: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entities)) {
    if (!sink.lists.includes(key) || !Array.isArray(value)) {
      frameEntities[key] = value;
      continue;
    }
    value.forEach((v, i) => sink.wants(key, i) && sink.record(key, i, v));
    frameEntities[key] = [];
  }
  return { ...json, entities: frameEntities };
}

// Outside the records only a few small fields are expected; a file that puts megabytes anywhere
// else is refused instead of built in memory. Records are flat; nothing in a valid file is deeper.
const FRAME_TOKENS_MAX = 100_000;
const FRAME_CHARS_MAX = 1_000_000;
const DEPTH_MAX = 32;
// One record is a few dozen fields (a framework: a few hundred competencies); ten million keys in
// one took minutes and a gigabyte to build. Counted as the record streams in, refused at the cap.
export const RECORD_TOKENS_MAX = 20_000;
// The longest value Alliance writes is a note's 8,000 characters; a megabyte read with no token
// finished is one value larger than any export holds (a 381 MB exportedAt), refused before it is
// built.
export const VALUE_BYTES_MAX = 1024 * 1024;
// Small enough that each chunk's text is an ordinary young string: a string over 128 KB goes to V8's
// large-object space, which only a full collection frees, and 256 KB chunks left about 200 MB of
// read text waiting for one (career import peak 548-610 MB; 377 MB with 32 KB chunks).
const CHUNK_BYTES = 32 * 1024;

type Token = { name: string; value?: unknown };
interface Frame {
  array: boolean;
  key: string | null;
  index: number;
  list: string | null;
  keys: Set<string> | null; // keys seen, at the two levels where a repeated key would merge lists
}

const notJson = (path: string) => new AppError('validation', `${path} is not readable JSON.`);

// Reads the file a chunk at a time (`step`, false at its end), handing each record to the sink;
// `end` checks what is left and returns the frame. `recordsFromFile` reads it all at once, and
// `recordsFromFileInPieces` gives the event loop a turn between pieces, for a running count.
interface FileReader {
  readonly bytesRead: number;
  step(): boolean;
  end(): unknown;
  close(): void;
}

export function recordsFromFile(path: string, sink: RecordSink): unknown {
  const reader = fileReader(path, sink);
  try {
    while (reader.step());
    return reader.end();
  } finally {
    reader.close();
  }
}

// About a sixth of a second of work on this machine between turns.
const PIECE_BYTES = 1024 * 1024;

export async function recordsFromFileInPieces(
  path: string,
  sink: RecordSink,
  progress: (bytesRead: number) => void,
): Promise<unknown> {
  const reader = fileReader(path, sink);
  try {
    let reported = 0;
    while (reader.step()) {
      if (reader.bytesRead - reported < PIECE_BYTES) continue;
      reported = reader.bytesRead;
      progress(reported);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return reader.end();
  } finally {
    reader.close();
  }
}

function fileReader(path: string, sink: RecordSink): FileReader {
  const frame = new Assembler();
  const rec = new Assembler();
  const stack: Frame[] = [];
  let frameTokens = 0;
  // While inside one record: its depth, whether it is being built, and where it goes.
  let recDepth = 0;
  let recBuild = false;
  let recList = '';
  let recIndex = 0;
  let recTokens = 0;
  let tokens = 0;

  const valueDone = () => {
    const parent = stack.at(-1);
    if (parent?.array) parent.index++;
  };
  let frameChars = 0;
  const toFrame = (t: Token) => {
    if (typeof t.value === 'string') frameChars += t.value.length;
    if (++frameTokens > FRAME_TOKENS_MAX || frameChars > FRAME_CHARS_MAX)
      throw new AppError('validation', `${path} holds more outside its records than an Alliance export does.`);
    frame.consume(t as never);
  };

  const onToken = (t: Token) => {
    tokens++;
    const opens = t.name === 'startObject' || t.name === 'startArray';
    const closes = t.name === 'endObject' || t.name === 'endArray';
    if (recDepth > 0) {
      if (++recTokens > RECORD_TOKENS_MAX)
        throw new AppError(
          'validation',
          `${path}: entities.${recList}[${recIndex}] is far larger than any record Alliance writes.`,
        );
      if (recBuild) rec.consume(t as never);
      if (opens && ++recDepth > DEPTH_MAX) throw new AppError('validation', `${path} is nested too deeply.`);
      if (closes && --recDepth === 0) {
        if (recBuild) sink.record(recList, recIndex, rec.current);
        valueDone();
      }
      return;
    }
    const parent = stack.at(-1);
    if (t.name === 'keyValue') {
      const key = String(t.value);
      if (parent?.keys) {
        if (parent.keys.has(key)) {
          const where = stack.length === 1 ? key : `entities.${key}`;
          throw new AppError('validation', `${path} gives ${where} twice; Alliance cannot tell which one is meant.`);
        }
        parent.keys.add(key);
      }
      if (parent) parent.key = key;
      toFrame(t);
      return;
    }
    if (parent?.list && !closes) {
      // An element of entities.<list>: a record.
      recList = parent.list;
      recIndex = parent.index;
      recBuild = sink.wants(recList, recIndex);
      if (!opens) {
        if (recBuild) sink.record(recList, recIndex, t.name === 'numberValue' ? Number(t.value) : t.value);
        valueDone();
        return;
      }
      recDepth = 1;
      recTokens = 0;
      if (recBuild) {
        rec.dropToLevel(0);
        rec.consume(t as never);
      }
      return;
    }
    toFrame(t);
    if (opens) {
      if (stack.length >= DEPTH_MAX) throw new AppError('validation', `${path} is nested too deeply.`);
      const atEntities = stack.length === 2 && stack[0]!.key === 'entities' && !stack[1]!.array;
      const list =
        t.name === 'startArray' && atEntities && parent?.key != null && sink.lists.includes(parent.key)
          ? parent.key
          : null;
      const watchKeys =
        t.name === 'startObject' && (stack.length === 0 || (stack.length === 1 && parent?.key === 'entities'));
      stack.push({ array: t.name === 'startArray', key: null, index: 0, list, keys: watchKeys ? new Set() : null });
    } else if (closes) {
      stack.pop();
      valueDone();
    } else valueDone();
  };

  const tokenize = jsonParser({ packValues: true, streamValues: false });
  const feed = (out: unknown) => {
    if (out === none) return;
    if (isMany(out)) for (const t of getManyValues(out) as Token[]) onToken(t);
    else onToken(out as Token);
  };
  const fd = openRegularFile(path);
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Buffer) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw notUtf8();
    }
  };
  let first = true;
  let quiet = 0;
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    step() {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) return false;
      bytesRead += n;
      const before = tokens;
      let text = decode(buffer.subarray(0, n));
      // A byte-order mark, as some editors save, is not part of the JSON.
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      feed(guard(path, () => tokenize(text)));
      quiet = tokens === before ? quiet + n : 0;
      if (quiet > VALUE_BYTES_MAX)
        throw new AppError('validation', `${path} holds a single value far larger than any Alliance export does.`);
      return true;
    },
    end() {
      const rest = decode();
      feed(guard(path, () => tokenize(rest as never)));
      feed(guard(path, () => tokenize(none as never)));
      if (frameTokens === 0 || stack.length || recDepth || !frame.done) throw notJson(path);
      return frame.current;
    },
    close: () => closeSync(fd),
  };
}

function guard<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw notJson(path);
  }
}
