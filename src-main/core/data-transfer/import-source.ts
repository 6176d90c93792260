// Where an import's records come from: a file read as a stream of bytes (record-scanner.ts finds each
// record and JSON.parse builds it), or a value already in memory. Both hand each element of
// `entities.<list>` to the sink one at a time and return the rest of the document (the "frame":
// format, version, settings, with each list emptied), so a 90 MB file never sits in memory whole and
// both paths run exactly the same checks.
import { closeSync, readSync } from 'node:fs';
import { AppError } from '../../contract/errors';
import { notUtf8, openRegularFile } from '../shared/user-file';
import { RecordScanner, ScanError } from './record-scanner';

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
// The largest record a file may hold: a framework of a few hundred competencies is well under 2 MB.
export const RECORD_BYTES_MAX = 16 * 1024 * 1024;
// Read as bytes, outside V8's heap; only each record's own text becomes a string.
const CHUNK_BYTES = 256 * 1024;

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
    // The last piece, which may be shorter, is counted too.
    if (reader.bytesRead > reported) progress(reader.bytesRead);
    return reader.end();
  } finally {
    reader.close();
  }
}

function fileReader(path: string, sink: RecordSink): FileReader {
  const scanner = new RecordScanner(sink, {
    frameTokens: FRAME_TOKENS_MAX,
    frameBytes: FRAME_CHARS_MAX,
    depth: DEPTH_MAX,
    recordTokens: RECORD_TOKENS_MAX,
    recordBytes: RECORD_BYTES_MAX,
    valueBytes: VALUE_BYTES_MAX,
  });
  const fd = openRegularFile(path);
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    step() {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) return false;
      bytesRead += n;
      guard(path, () => scanner.push(buffer.subarray(0, n)));
      return true;
    },
    end: () => guard(path, () => scanner.end()),
    close: () => closeSync(fd),
  };
}

// A scan's problem in the person's words; anything else the scan threw means the JSON is broken.
function guard<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (!(e instanceof ScanError)) throw notJson(path);
    const p = e.problem;
    switch (p.kind) {
      case 'not_utf8':
        throw notUtf8();
      case 'too_deep':
        throw new AppError('validation', `${path} is nested too deeply.`);
      case 'frame_too_large':
        throw new AppError('validation', `${path} holds more outside its records than an Alliance export does.`);
      case 'value_too_large':
        throw new AppError('validation', `${path} holds a single value far larger than any Alliance export does.`);
      case 'record_too_large':
        throw new AppError(
          'validation',
          `${path}: entities.${p.list}[${p.index}] is far larger than any record Alliance writes.`,
        );
      case 'repeated_key':
        throw new AppError('validation', `${path} gives ${p.where} twice; Alliance cannot tell which one is meant.`);
      default:
        throw notJson(path);
    }
  }
}
