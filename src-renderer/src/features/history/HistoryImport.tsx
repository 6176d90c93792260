// Bringing in past hours from a spreadsheet: choose the file, say which column is what, read every
// row as it will be saved (or why not, by column), then import; nothing is written before that.
import { useEffect, useState } from 'react';
import {
  DATE_FORMAT_LABELS,
  DATE_FORMATS,
  type HistoryMapping,
  type HistoryMappingInput,
  type HistoryPreview,
} from '../../../../src-main/contract/history';
import {
  DIRECT_ACTIVITIES,
  DIRECT_ACTIVITY_LABELS,
  FORMAT_LABELS,
  MODALITY_LABELS,
  SESSION_FORMATS,
  SESSION_MODALITIES,
} from '../../../../src-main/contract/enums';
import { attempt, useRead } from '../../api/queries';
import { datesInText } from '../../app/format';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';

type Table = { token: string; name: string; columns: string[]; rowCount: number };
type HoursTarget = 'indirect' | `direct:${(typeof DIRECT_ACTIVITIES)[number]}`;
const NONE = '';
// Rows shown in the preview: every refused one, and the first accepted ones.
const SHOWN_ACCEPTED = 50;

export function HistoryImport(props: { superviseeId: string; onClose: () => void }) {
  const [table, setTable] = useState<Table | null>(null);
  const [mapping, setMapping] = useState<HistoryMappingInput | null>(null);
  const [recognised, setRecognised] = useState<string | null>(null);
  const [leaveOut, setLeaveOut] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [mappingName, setMappingName] = useState('');
  const saved = useRead('history.mappings', {}).data ?? [];
  // The preview follows the file and the mapping; it is not kept as a read, since the file lives only
  // in main's memory until imported. The last answer stays on screen while the next is asked.
  const [p, setPreview] = useState<HistoryPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  useEffect(() => {
    if (!table || !mapping?.date) return;
    let current = true;
    void attempt('history.preview', { token: table.token, superviseeId: props.superviseeId, mapping }).then((r) => {
      if (!current) return;
      setPreviewError(r.ok ? null : r.error.message);
      setPreview(r.ok ? r.value : null);
    });
    return () => {
      current = false;
    };
  }, [table, mapping, props.superviseeId]);

  async function choose() {
    setError(null);
    setDone(null);
    const r = await attempt('history.chooseFile', {});
    if (!r.ok) return setError(r.error.message);
    if (!r.value.token) return;
    setTable({ token: r.value.token, name: r.value.name, columns: r.value.columns, rowCount: r.value.rowCount });
    setRecognised(r.value.suggested?.name ?? null);
    setMapping(r.value.suggested?.mapping ?? { date: r.value.columns[0]! });
    setLeaveOut(false);
  }

  async function bringIn() {
    if (!table || !mapping) return;
    const r = await attempt('history.import', {
      token: table.token,
      superviseeId: props.superviseeId,
      mapping,
      leaveOutRefused: leaveOut,
    });
    if (!r.ok) return setError(r.error.message);
    setTable(null);
    setMapping(null);
    setPreview(null);
    setDone(
      `Brought in ${r.value.sessions} held sessions (${r.value.supervisionHours} hours of supervision), ` +
        `${r.value.directHours} direct and ${r.value.indirectHours} indirect hours.`,
    );
  }

  const set = (patch: Partial<HistoryMappingInput>) => setMapping((m) => (m ? { ...m, ...patch } : m));
  const columnSelect = (
    label: string,
    value: string | null | undefined,
    onChange: (v: string | null) => void,
    none?: string,
  ) => (
    <SelectField label={label} value={value ?? NONE} onChange={(e) => onChange(e.target.value || null)}>
      {none ? <option value={NONE}>{none}</option> : null}
      {table!.columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </SelectField>
  );
  const hours = mapping?.hours ?? [];
  const supervision = mapping?.supervision ?? [];
  const refusedRows = p?.rows.filter((r) => !r.ok) ?? [];
  const acceptedRows = p?.rows.filter((r) => r.ok).slice(0, SHOWN_ACCEPTED) ?? [];

  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Bring in past hours</h2>
      <p className="muted">
        From a spreadsheet (CSV or Excel .xlsx) kept elsewhere: a row with minutes is a session; a row without is hours
        for the week its date falls in. Nothing is saved until you import.
      </p>
      {done ? <InfoAlert message={done} /> : null}
      <ErrorAlert message={error} />
      <div className="actions">
        <button type="button" onClick={() => void choose()}>
          {table ? 'Choose another file…' : 'Choose a file…'}
        </button>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      {table && mapping ? (
        <>
          <p>
            <strong>{table.name}</strong>: {table.rowCount} rows.{' '}
            {recognised ? (
              <span data-testid="recognised">Recognised as {recognised}: its columns are mapped.</span>
            ) : null}
          </p>
          {saved.length ? (
            <SelectField
              label="Use a saved mapping"
              value=""
              onChange={(e) => {
                const m = saved.find((s) => s.name === e.target.value);
                if (m) setMapping(m.mapping);
              }}
            >
              <option value="">Choose…</option>
              {saved.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <fieldset className="history-mapping">
            <legend>Which column is what</legend>
            <div className="grid-3">
              {columnSelect('Date column', mapping.date, (v) => set({ date: v ?? '' }))}
              <SelectField
                label="Dates are written"
                value={mapping.dateFormat ?? 'auto'}
                onChange={(e) => set({ dateFormat: e.target.value as HistoryMapping['dateFormat'] })}
              >
                <Options values={DATE_FORMATS} labels={DATE_FORMAT_LABELS} />
              </SelectField>
              {columnSelect('Minutes column', mapping.minutes, (v) => set({ minutes: v }), 'None: rows are week hours')}
              {columnSelect('Format column', mapping.format, (v) => set({ format: v }), 'None: all the same format')}
              {!mapping.format ? (
                <SelectField
                  label="Format of every session"
                  value={mapping.defaultFormat ?? 'individual'}
                  onChange={(e) => set({ defaultFormat: e.target.value as HistoryMapping['defaultFormat'] })}
                >
                  <Options values={SESSION_FORMATS} labels={FORMAT_LABELS} />
                </SelectField>
              ) : null}
              {columnSelect('Group size column', mapping.groupSize, (v) => set({ groupSize: v }), 'None (groups of 3)')}
              {columnSelect('Modality column', mapping.modality, (v) => set({ modality: v }), 'None: all the same')}
              {!mapping.modality ? (
                <SelectField
                  label="Modality of every session"
                  value={mapping.defaultModality ?? 'in_person'}
                  onChange={(e) => set({ defaultModality: e.target.value as HistoryMapping['defaultModality'] })}
                >
                  <Options values={SESSION_MODALITIES} labels={MODALITY_LABELS} />
                </SelectField>
              ) : null}
              {columnSelect('Attendance column', mapping.attendance, (v) => set({ attendance: v }), 'None: all held')}
            </div>
            <h3>Hours columns</h3>
            {hours.map((h, i) => (
              <div className="grid-3" key={i}>
                {columnSelect(`Hours column ${i + 1}`, h.column, (v) =>
                  set({ hours: hours.map((x, j) => (j === i ? { ...x, column: v ?? '' } : x)) }),
                )}
                <SelectField
                  label={`Hours column ${i + 1} holds`}
                  value={h.kind === 'indirect' ? 'indirect' : `direct:${h.activity ?? 'other'}`}
                  onChange={(e) => {
                    const v = e.target.value as HoursTarget;
                    const next =
                      v === 'indirect'
                        ? { column: h.column, kind: 'indirect' as const, activity: null }
                        : {
                            column: h.column,
                            kind: 'direct' as const,
                            activity: v.slice(7) as (typeof DIRECT_ACTIVITIES)[number],
                          };
                    set({ hours: hours.map((x, j) => (j === i ? next : x)) });
                  }}
                >
                  {DIRECT_ACTIVITIES.map((a) => (
                    <option key={a} value={`direct:${a}`}>
                      Direct: {DIRECT_ACTIVITY_LABELS[a]}
                    </option>
                  ))}
                  <option value="indirect">Indirect</option>
                </SelectField>
                <div className="actions" style={{ alignSelf: 'end' }}>
                  <button type="button" onClick={() => set({ hours: hours.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </div>
              </div>
            ))}
            {supervision.map((s, i) => (
              <div className="grid-3" key={`s${i}`}>
                {columnSelect(`Supervision hours column ${i + 1}`, s.column, (v) =>
                  set({ supervision: supervision.map((x, j) => (j === i ? { ...x, column: v ?? '' } : x)) }),
                )}
                <SelectField
                  label={`Supervision hours column ${i + 1} format`}
                  value={s.format}
                  onChange={(e) =>
                    set({
                      supervision: supervision.map((x, j) =>
                        j === i ? { ...x, format: e.target.value as HistoryMapping['defaultFormat'] } : x,
                      ),
                    })
                  }
                >
                  <Options values={SESSION_FORMATS} labels={FORMAT_LABELS} />
                </SelectField>
                <div className="actions" style={{ alignSelf: 'end' }}>
                  <button type="button" onClick={() => set({ supervision: supervision.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </div>
              </div>
            ))}
            <div className="actions">
              <button
                type="button"
                disabled={hours.length >= 12}
                onClick={() =>
                  set({ hours: [...hours, { column: table.columns[0]!, kind: 'direct', activity: 'individual' }] })
                }
              >
                Add an hours column
              </button>
              <button
                type="button"
                disabled={supervision.length >= 3}
                onClick={() =>
                  set({ supervision: [...supervision, { column: table.columns[0]!, format: 'individual' }] })
                }
              >
                Add a supervision hours column
              </button>
            </div>
          </fieldset>
          <div className="grid-3">
            <TextField
              label="Save this mapping as"
              value={mappingName}
              onChange={(e) => setMappingName(e.target.value)}
            />
            <div className="actions" style={{ alignSelf: 'end' }}>
              <button
                type="button"
                disabled={!mappingName.trim()}
                onClick={() =>
                  void attempt('history.saveMapping', { name: mappingName.trim(), mapping }).then((r) =>
                    r.ok ? setDone(`Mapping “${r.value.name}” saved.`) : setError(r.error.message),
                  )
                }
              >
                Save mapping
              </button>
            </div>
          </div>
          <ErrorAlert message={previewError} />
          {p ? (
            <>
              <p role="status" data-testid="history-summary">
                {p.accepted} rows accepted, {p.refused} refused. The accepted rows add up to {p.totals.sessions} held
                sessions ({p.totals.supervisionHours} hours of supervision), {p.totals.directHours} direct and{' '}
                {p.totals.indirectHours} indirect hours.
              </p>
              <div className="table-wrap">
                <table aria-label="Rows as they will be saved">
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Will save</th>
                      <th scope="col">Refused because</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...refusedRows, ...acceptedRows].map((r) => (
                      <tr key={r.row} className={r.ok ? undefined : 'refused'}>
                        <th scope="row">{r.row}</th>
                        <td>{datesInText(r.saves)}</td>
                        <td>
                          {r.problems.map((x, i) => (
                            <div key={i}>
                              <strong>{x.column}:</strong> {datesInText(x.message)}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {p.refused ? (
                <label className="checkbox">
                  <input type="checkbox" checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} /> Leave out
                  the {p.refused} refused {p.refused === 1 ? 'row' : 'rows'} (or fix them in the file and choose it
                  again)
                </label>
              ) : null}
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={(p.refused > 0 && !leaveOut) || p.accepted === 0}
                  onClick={() => void bringIn()}
                >
                  Import {p.accepted} {p.accepted === 1 ? 'row' : 'rows'}
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
