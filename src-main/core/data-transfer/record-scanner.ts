// Reads an export's bytes as they arrive and finds its records without building a token for each of
// their values: outside the records (the "frame": format, version, settings) every token is read and
// checked; a record (an element of entities.<list>) is only scanned for where it ends, then its bytes
// are checked as UTF-8 and handed to JSON.parse whole. V8 builds a record from its text many times
// faster than from a stream of tokens, and leaves far less garbage behind (docs/performance.md).
import { isUtf8 } from 'node:buffer';

export interface ScanLimits {
  frameTokens: number;
  frameBytes: number;
  depth: number;
  recordTokens: number;
  recordBytes: number;
  valueBytes: number;
}

// Why a scan stopped; import-source.ts words each for the person.
export type ScanProblem =
  | { kind: 'not_json' }
  | { kind: 'not_utf8' }
  | { kind: 'too_deep' }
  | { kind: 'frame_too_large' }
  | { kind: 'value_too_large' }
  | { kind: 'record_too_large'; list: string; index: number }
  | { kind: 'repeated_key'; where: string };

export class ScanError extends Error {
  constructor(readonly problem: ScanProblem) {
    super(problem.kind);
  }
}

export interface ScanSink {
  readonly lists: readonly string[];
  wants(list: string, index: number): boolean;
  record(list: string, index: number, value: unknown): void;
}

// What the scanner expects next in an object or array of the frame.
const KEY_OR_END = 0;
const KEY = 1;
const COLON = 2;
const VALUE = 3;
const COMMA_OR_END = 4;
const VALUE_OR_END = 5;

interface Level {
  array: boolean;
  expect: number;
  key: string | null;
  // The list its elements are records of (an array at entities.<list>), and the next one's index.
  list: string | null;
  index: number;
  // Keys seen, at the two levels where a repeated key would merge lists.
  keys: Set<string> | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const fail = (problem: ScanProblem): never => {
  throw new ScanError(problem);
};

export class RecordScanner {
  private buf = Buffer.allocUnsafe(0);
  private len = 0;
  private pos = 0;
  private first = true;
  private readonly stack: Level[] = [];
  private rootDone = false;
  private frameTokens = 0;
  private frameBytes = 0;
  private readonly frame: string[] = [];
  // Inside a record: where it starts, how deep the scan is, whether inside a string and since where.
  private rec: { start: number; depth: number; tokens: number; inString: boolean; strStart: number } | null = null;

  constructor(
    private readonly sink: ScanSink,
    private readonly limits: ScanLimits,
  ) {}

  // Takes the next bytes of the file and handles every record and token they complete.
  push(chunk: Buffer): void {
    this.keepFrom(this.rec ? this.rec.start : this.pos);
    if (this.buf.length - this.len < chunk.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + chunk.length));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
    }
    chunk.copy(this.buf, this.len);
    this.len += chunk.length;
    if (this.first && this.len >= 3) {
      this.first = false;
      // A byte-order mark, as some editors save, is not part of the JSON.
      if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
    }
    this.scan(false);
  }

  // After the last bytes: the frame, as JSON.parse reads it (each list of records left empty).
  end(): unknown {
    this.first = false;
    this.scan(true);
    if (!this.rootDone || this.frameTokens === 0) fail({ kind: 'not_json' });
    try {
      return JSON.parse(this.frame.join(''));
    } catch {
      return fail({ kind: 'not_json' });
    }
  }

  // Drops the bytes before `from`, which nothing will read again.
  private keepFrom(from: number): void {
    if (from === 0) return;
    this.buf.copy(this.buf, 0, from, this.len);
    this.len -= from;
    this.pos -= from;
    if (this.rec) {
      this.rec.start -= from;
      this.rec.strStart -= from;
    }
  }

  private scan(final: boolean): void {
    for (;;) {
      if (this.rec) {
        if (!this.scanRecord(final)) return;
        continue;
      }
      while (this.pos < this.len && isSpace(this.buf[this.pos]!)) this.pos++;
      if (this.pos >= this.len) return;
      if (this.rootDone) fail({ kind: 'not_json' });
      if (!this.frameStep(final)) return;
    }
  }

  // One token of the frame, or the start of a record. False: the token is not whole yet.
  private frameStep(final: boolean): boolean {
    const c = this.buf[this.pos]!;
    const top = this.stack.at(-1);
    if (top) {
      const e = top.expect;
      if (c === 0x2c /* , */) {
        if (e !== COMMA_OR_END) fail({ kind: 'not_json' });
        top.expect = top.array ? VALUE : KEY;
        this.pos++;
        if (!top.list) this.emit(',');
        return true;
      }
      if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        const closesOwn = top.array ? c === 0x5d : c === 0x7d;
        const open = top.array ? e === VALUE_OR_END : e === KEY_OR_END;
        if (!closesOwn || !(open || e === COMMA_OR_END)) fail({ kind: 'not_json' });
        this.pos++;
        this.stack.pop();
        this.token(top.array ? ']' : '}');
        this.valueDone();
        return true;
      }
      if (c === 0x3a /* : */) {
        if (e !== COLON) fail({ kind: 'not_json' });
        top.expect = VALUE;
        this.pos++;
        this.emit(':');
        return true;
      }
      if (e === KEY || e === KEY_OR_END) {
        if (c !== QUOTE) fail({ kind: 'not_json' });
        const end = this.stringEnd(this.pos, final);
        if (end < 0) return false;
        const text = this.text(this.pos, end);
        let key: string;
        try {
          key = JSON.parse(text) as string;
        } catch {
          return fail({ kind: 'not_json' });
        }
        if (top.keys) {
          if (top.keys.has(key))
            fail({ kind: 'repeated_key', where: this.stack.length === 1 ? key : `entities.${key}` });
          top.keys.add(key);
        }
        top.key = key;
        top.expect = COLON;
        this.pos = end;
        this.token(text);
        return true;
      }
      if (e === COMMA_OR_END || e === COLON) fail({ kind: 'not_json' });
      if (top.list) {
        this.rec = { start: this.pos, depth: 0, tokens: 0, inString: false, strStart: 0 };
        return true;
      }
    }
    return this.frameValue(c, final);
  }

  // A value of the frame: an object or array opened, or a string, number or literal read whole.
  private frameValue(c: number, final: boolean): boolean {
    const parent = this.stack.at(-1);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (this.stack.length >= this.limits.depth) fail({ kind: 'too_deep' });
      const array = c === 0x5b;
      const atEntities =
        this.stack.length === 2 && this.stack[0]!.key === 'entities' && !this.stack[1]!.array && parent?.key != null;
      const list = array && atEntities && this.sink.lists.includes(parent.key!) ? parent.key! : null;
      const watchKeys = !array && (this.stack.length === 0 || (this.stack.length === 1 && parent?.key === 'entities'));
      this.stack.push({
        array,
        expect: array ? VALUE_OR_END : KEY_OR_END,
        key: null,
        list,
        index: 0,
        keys: watchKeys ? new Set() : null,
      });
      this.pos++;
      this.token(array ? '[' : '{');
      return true;
    }
    let end: number;
    if (c === QUOTE) end = this.stringEnd(this.pos, final);
    else {
      end = this.pos;
      while (end < this.len && !isSpace(this.buf[end]!) && !',]}:'.includes(String.fromCharCode(this.buf[end]!))) end++;
      if (end === this.len && !final) end = -1;
      if (end - this.pos > this.limits.valueBytes) fail({ kind: 'value_too_large' });
    }
    if (end < 0) {
      if (this.len - this.pos > this.limits.valueBytes) fail({ kind: 'value_too_large' });
      return false;
    }
    const text = this.text(this.pos, end);
    this.pos = end;
    this.token(text);
    this.valueDone();
    return true;
  }

  // Where the string starting at `from` ends (after its closing quote), or -1 if that is not here yet.
  private stringEnd(from: number, final: boolean): number {
    let at = from + 1;
    for (;;) {
      const q = this.buf.indexOf(QUOTE, at);
      if (q < 0 || q >= this.len) {
        if (final) fail({ kind: 'not_json' });
        return -1;
      }
      let slashes = 0;
      while (this.buf[q - 1 - slashes] === BACKSLASH && q - 1 - slashes > from) slashes++;
      if (slashes % 2 === 0) return q + 1;
      at = q + 1;
    }
  }

  private text(from: number, to: number): string {
    const bytes = this.buf.subarray(from, to);
    if (!isUtf8(bytes)) fail({ kind: 'not_utf8' });
    return bytes.toString('utf8');
  }

  private emit(s: string): void {
    this.frame.push(s);
  }

  // A token of the frame, counted against its limits.
  private token(s: string): void {
    this.frameBytes += s.length;
    if (++this.frameTokens > this.limits.frameTokens || this.frameBytes > this.limits.frameBytes)
      fail({ kind: 'frame_too_large' });
    this.frame.push(s);
  }

  private valueDone(): void {
    const top = this.stack.at(-1);
    if (!top) this.rootDone = true;
    else top.expect = COMMA_OR_END;
  }

  // Scans on for the end of the record under way. False: it does not end in the bytes here yet.
  private scanRecord(final: boolean): boolean {
    const r = this.rec!;
    const buf = this.buf;
    const { depth: maxDepth, recordTokens, valueBytes } = this.limits;
    let p = this.pos;
    let end = -1;
    while (p < this.len) {
      if (r.inString) {
        const q = buf.indexOf(QUOTE, p);
        if (q < 0 || q >= this.len) {
          p = this.len;
          if (p - r.strStart > valueBytes) fail({ kind: 'value_too_large' });
          break;
        }
        let slashes = 0;
        while (buf[q - 1 - slashes] === BACKSLASH && q - 1 - slashes > r.strStart) slashes++;
        p = q + 1;
        if (slashes % 2 === 1) continue;
        if (q - r.strStart > valueBytes) fail({ kind: 'value_too_large' });
        r.inString = false;
        if (r.depth === 0) {
          end = p;
          break;
        }
        continue;
      }
      const c = buf[p]!;
      if (c === QUOTE) {
        r.inString = true;
        r.strStart = p;
        p++;
      } else if (c === 0x7b || c === 0x5b) {
        if (++r.depth > maxDepth) fail({ kind: 'too_deep' });
        r.tokens++;
        p++;
      } else if (c === 0x7d || c === 0x5d) {
        if (r.depth === 0) {
          end = p;
          break;
        }
        p++;
        if (--r.depth === 0) {
          end = p;
          break;
        }
      } else if (c === 0x2c || c === 0x3a) {
        if (r.depth === 0) {
          end = p;
          break;
        }
        r.tokens++;
        p++;
      } else if (r.depth === 0 && isSpace(c)) {
        end = p;
        break;
      } else p++;
      if (r.tokens > recordTokens) this.tooLarge();
    }
    if (end < 0) {
      if (p - r.start > this.limits.recordBytes) this.tooLarge();
      this.pos = p;
      if (final) fail({ kind: 'not_json' });
      return false;
    }
    if (end - r.start > this.limits.recordBytes) this.tooLarge();
    const list = this.stack.at(-1)!;
    const name = list.list!;
    const index = list.index++;
    if (this.sink.wants(name, index)) {
      let value: unknown;
      try {
        value = JSON.parse(this.text(r.start, end));
      } catch (e) {
        if (e instanceof ScanError) throw e;
        fail({ kind: 'not_json' });
      }
      this.sink.record(name, index, value);
    }
    this.rec = null;
    this.pos = end;
    list.expect = COMMA_OR_END;
    return true;
  }

  private tooLarge(): never {
    const list = this.stack.at(-1)!;
    return fail({ kind: 'record_too_large', list: list.list!, index: list.index });
  }
}
