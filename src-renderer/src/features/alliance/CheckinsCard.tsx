// Alliance check-ins in the growth view: record one after a session, and see the trend with drops
// flagged.
import { useState } from 'react';
import { useSessions } from '../sessions/hooks';
import { AllianceChart } from '../frameworks/charts/AllianceChart';
import { CheckinForm } from './CheckinForm';
import { useCheckins } from './hooks';

export function CheckinsCard(props: { superviseeId: string }) {
  const checkins = useCheckins(props.superviseeId).data ?? [];
  const sessions = useSessions(props.superviseeId).data ?? [];
  const [recording, setRecording] = useState(false);
  return (
    <section className="card" aria-labelledby="checkins-title">
      <div className="page-head">
        <h2 id="checkins-title">Alliance check-ins</h2>
        {!recording ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" onClick={() => setRecording(true)}>
              Record a check-in
            </button>
          </div>
        ) : null}
      </div>
      {recording ? (
        <CheckinForm superviseeId={props.superviseeId} sessions={sessions} onDone={() => setRecording(false)} />
      ) : null}
      {checkins.length ? (
        <AllianceChart checkins={checkins} />
      ) : (
        <p className="muted">
          Two minutes after a session: how well you agree on goals and on tasks, and how the bond feels, each from 0 to
          10. A fall of 2 points or more against the recent average is flagged.
        </p>
      )}
    </section>
  );
}
