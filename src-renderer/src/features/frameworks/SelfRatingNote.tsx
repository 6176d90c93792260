// A supervisee's own rating of one competency, received from their vault (docs/exchange.md), shown
// beside the supervisor's level: their level, their words, and the records they chose, described
// (the records themselves stay in their vault).
import type { SelfRating } from '../../../../src-main/contract/frameworks';
import { levelLabel } from '../../../../src-main/contract/levels';
import { dateText } from '../../app/format';

type Theirs = SelfRating['ratings'][number];

export function SelfRatingLevel(props: { theirs: Theirs | undefined; labels: { level: number; label: string }[] }) {
  if (!props.theirs) return null;
  return (
    <div className="self-rating" data-testid="self-rating">
      Their self-rating: {levelLabel(props.labels, props.theirs.level)}
    </div>
  );
}

export function SelfRatingWords(props: { theirs: Theirs | undefined }) {
  const t = props.theirs;
  if (!t || (!t.comment && !t.evidence.length)) return null;
  return (
    <div className="self-rating-words">
      {t.comment ? <p>They wrote: “{t.comment}”</p> : null}
      {t.evidence.length ? (
        <>
          <p>Evidence they chose:</p>
          <ul>
            {t.evidence.map((e, i) => (
              <li key={i}>
                {dateText(e.date)} · {e.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function selfRatingIntro(s: SelfRating | null): string | null {
  return s
    ? `Their self-rating of ${dateText(s.reviewedOn)} (${s.frameworkName}), received ` +
        `${dateText(s.receivedAt.slice(0, 10))}, is shown beside each level.`
    : null;
}
