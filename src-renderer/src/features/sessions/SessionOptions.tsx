// A supervisee's sessions as <option>s (date and the start of the topics), for linking a record to
// the session it came from.
import type { Session } from '../../../../src-main/contract/sessions';
import { dateText } from '../../app/format';

export function SessionOptions(props: { sessions: readonly Session[] }) {
  return props.sessions.map((s) => (
    <option key={s.id} value={s.id}>
      {dateText(s.date)}
      {s.topics ? `: ${s.topics.slice(0, 40)}` : ''}
    </option>
  ));
}
