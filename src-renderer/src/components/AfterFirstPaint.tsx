// Draws its children once the page around them has been painted. A chart costs tens of
// milliseconds to lay out; drawn in the same frame as the rest of a page, it holds back the
// figures a supervisor opened the page for. Until then it keeps the chart's height, so nothing
// below it moves when it arrives.
import { useEffect, useState, type ReactNode } from 'react';

export function AfterFirstPaint(props: { height: number; children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // The frame after next: the first runs before the page is painted, the second after.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return painted ? props.children : <div style={{ height: props.height }} aria-hidden="true" />;
}
