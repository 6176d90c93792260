import { useEffect, useState } from 'react';

// The value as it was `ms` after it last changed: a search box asks main once per pause in typing,
// not once per key.
export function useDebounced<T>(value: T, ms = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return settled;
}
