// A map from record ids to small whole numbers, for what an import keeps about every record until it
// ends (its place in the file, whose it is, a count of its children). At career scale that is
// 708,353 ids: as strings in Maps they were most of the import's memory (docs/performance-history.md).
// An id in the form Alliance gives every record (a UUID in lower case) is kept here as its 16 bytes
// in an open-addressed table, about 40 bytes an id with one column; any other string is kept in a Map, so
// no id is refused or mistaken for another.

const WORDS = 4;
const FIRST_CAPACITY = 64;
// Grown by half when more than 70% full: probes stay short, and a full table wastes little.
const MAX_LOAD = 0.7;
const GROWTH = 1.5;
const DASHES = [8, 13, 18, 23];
// What an empty slot or a column not yet set holds; no value may be it.
const UNSET = -0x80000000;

// A character's value as a hex digit, or -1: 0-9 and a-f only, so "A" and "a" never meet.
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Writes the UUID's 128 bits into `out` as four 32-bit words; false when `id` is not a lower-case UUID.
function uuidWords(id: string, out: Uint32Array): boolean {
  if (id.length !== 36) return false;
  for (const d of DASHES) if (id.charCodeAt(d) !== 45) return false;
  let word = 0;
  let digits = 0;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const v = hexDigit(id.charCodeAt(i));
    if (v < 0) return false;
    word = ((word << 4) | v) >>> 0;
    if (++digits % 8 === 0) {
      out[digits / 8 - 1] = word;
      word = 0;
    }
  }
  return true;
}

// Every bit of the id moves the slot: ids of the time-ordered kind share their first words.
function hashOf(w: Uint32Array): number {
  let h = 0x9e3779b9;
  for (let i = 0; i < WORDS; i++) {
    h = Math.imul(h ^ w[i]!, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

// Each id holds `width` columns of whole numbers that fit in 32 bits (a place in a list, whose it
// is, a count, a day); a column not set reads as undefined.
export class IdMap {
  private capacity = FIRST_CAPACITY;
  private keys = new Uint32Array(FIRST_CAPACITY * WORDS);
  private values: Int32Array;
  private count = 0;
  private readonly others = new Map<string, Int32Array>();
  private readonly words = new Uint32Array(WORDS);

  constructor(private readonly width = 1) {
    this.values = new Int32Array(FIRST_CAPACITY * width).fill(UNSET);
  }

  get size(): number {
    return this.count + this.others.size;
  }

  get(id: string, column = 0): number | undefined {
    if (column >= this.width) throw new RangeError('This IdMap has fewer columns.');
    let v: number | undefined;
    if (uuidWords(id, this.words)) {
      const slot = this.slotOf(this.words);
      v = this.values[slot * this.width + column];
    } else v = this.others.get(id)?.[column];
    return v === UNSET ? undefined : v;
  }

  has(id: string): boolean {
    for (let c = 0; c < this.width; c++) if (this.get(id, c) !== undefined) return true;
    return false;
  }

  set(id: string, value: number, column = 0): void {
    if (!Number.isInteger(value) || value <= UNSET || value > 0x7fffffff || column >= this.width)
      throw new RangeError('An IdMap holds whole numbers of 32 bits, in its own columns.');
    if (!uuidWords(id, this.words)) {
      let row = this.others.get(id);
      if (!row) this.others.set(id, (row = new Int32Array(this.width).fill(UNSET)));
      row[column] = value;
      return;
    }
    let slot = this.slotOf(this.words);
    if (!this.isFilled(slot)) {
      if (this.count + 1 > this.capacity * MAX_LOAD) {
        this.grow();
        slot = this.slotOf(this.words);
      }
      this.keys.set(this.words, slot * WORDS);
      this.count++;
    }
    this.values[slot * this.width + column] = value;
  }

  // A slot is taken once any column of it is set; a key is written only with a value.
  private isFilled(slot: number): boolean {
    for (let c = 0; c < this.width; c++) if (this.values[slot * this.width + c] !== UNSET) return true;
    return false;
  }

  // The slot holding these words, or the empty one where they would go (linear probing).
  private slotOf(w: Uint32Array): number {
    const keys = this.keys;
    for (let slot = Math.floor((hashOf(w) / 0x100000000) * this.capacity); ;) {
      if (!this.isFilled(slot)) return slot;
      const k = slot * WORDS;
      if (keys[k] === w[0] && keys[k + 1] === w[1] && keys[k + 2] === w[2] && keys[k + 3] === w[3]) return slot;
      if (++slot === this.capacity) slot = 0;
    }
  }

  private grow(): void {
    const { keys, values, capacity, width } = this;
    this.capacity = Math.ceil(capacity * GROWTH);
    this.keys = new Uint32Array(this.capacity * WORDS);
    this.values = new Int32Array(this.capacity * width).fill(UNSET);
    const w = new Uint32Array(WORDS);
    for (let old = 0; old < capacity; old++) {
      let filled = false;
      for (let c = 0; c < width; c++) filled ||= values[old * width + c] !== UNSET;
      if (!filled) continue;
      for (let i = 0; i < WORDS; i++) w[i] = keys[old * WORDS + i]!;
      const slot = this.slotOf(w);
      this.keys.set(w, slot * WORDS);
      for (let c = 0; c < width; c++) this.values[slot * width + c] = values[old * width + c]!;
    }
  }
}

// A day of the calendar ("2026-03-14") as a whole number an IdMap can hold, and back.
export const dayNumber = (day: string): number =>
  Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
export const dayOfNumber = (n: number): string =>
  `${String(Math.floor(n / 10000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(
    n % 100,
  ).padStart(2, '0')}`;
