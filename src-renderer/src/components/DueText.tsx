// An action item's due day, said the same way on every screen that lists one (This week, Case notes'
// follow-ups, a supervisee's page, the quick log; the timeline's words use dueWords too).
import { dueWords } from '../app/format';

export function DueText(props: { due: string | null; done?: boolean }) {
  if (!props.due) return null;
  const { text, overdue } = dueWords(props.due, props.done ?? false);
  return <span className={overdue ? 'overdue' : undefined}>{text}</span>;
}
