// A query built once per open database and reused: building drizzle's SQL and compiling it on every
// call cost as much as running it for the hottest reads (a supervisee's notes page). Keyed weakly,
// so a locked vault's statements go with its connection.
import type { Db } from './vault';

export function preparedFor<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let q = built.get(db);
    if (q === undefined) {
      q = build(db);
      built.set(db, q);
    }
    return q;
  };
}
