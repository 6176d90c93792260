// Settings: the whole vault as one open JSON file. Export writes it (not encrypted, said plainly);
// import first checks the chosen file in full and shows what it would add, or every refusal by its
// place in the file, before anything is written. Both use the same rules as the command line.
import { useEffect, useState } from 'react';
import type { ImportPreview, ImportProgress } from '../../../../src-main/contract/data-transfer';
import { call, refusalOf } from '../../api/queries';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { plural, progressWords } from './progress-words';

export const countsWords = (c: NonNullable<ImportPreview['counts']>) =>
  `${plural(c.supervisees, 'supervisee', 'supervisees')}, ${plural(c.sessions, 'session', 'sessions')}, ${plural(
    c.caseNotes,
    'case note',
    'case notes',
  )} and ${plural(c.reflections, 'reflection', 'reflections')}`;
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;

// How often a running check or import is asked how far it has got.
const PROGRESS_EVERY_MS = 250;

// "120,000 records read (43%)", then the step running after the last record (progress-words.ts).
function useReadSoFar(reading: boolean): string | null {
  const [p, setP] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!reading) return;
    let stopped = false;
    const ask = async () => {
      const r = await refusalOf(call('transfer.progress', {}).then((x) => !stopped && setP(x)));
      if (!stopped && !r) timer = setTimeout(() => void ask(), PROGRESS_EVERY_MS);
    };
    let timer = setTimeout(() => void ask(), PROGRESS_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      setP(null);
    };
  }, [reading]);
  return p && progressWords(p);
}

export function DataFileCard() {
  const [busy, setBusy] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const readSoFar = useReadSoFar(reading);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  async function run(doing: string, work: () => Promise<void>) {
    setBusy(doing);
    setSaid(null);
    const refused = await refusalOf(work());
    if (refused) setSaid({ text: refused.message, error: true });
    setBusy(null);
  }

  const exportAll = () =>
    run('Writing the file…', async () => {
      // The export is in the security log: `call` refreshes the card below from what main wrote.
      const { path } = await call('transfer.exportJson', {});
      if (path) setSaid({ text: `Saved to ${path}. It is not encrypted: keep it somewhere only you can reach.` });
    });
  // The dialog comes first; the running count shows once main is reading the chosen file.
  const whileReading = async <T,>(work: () => Promise<T>): Promise<T> => {
    setReading(true);
    try {
      return await work();
    } finally {
      setReading(false);
    }
  };
  const choose = () =>
    run('Checking every record in the file; nothing is written yet…', async () => {
      setPreview(null);
      const p = await whileReading(() => call('transfer.previewImport', {}));
      if (p.name) setPreview(p);
    });
  const importNow = (token: string) =>
    run('Importing…', async () => {
      const counts = await whileReading(() => call('transfer.import', { token }));
      setPreview(null);
      // Every read of a table the import wrote is read again as needed (api/queries.ts).
      setSaid({ text: `Imported ${countsWords(counts)}.` });
    });

  return (
    <section className="card" aria-labelledby="data-file-title">
      <h2 id="data-file-title">Your records as a file</h2>
      <p className="muted">
        One open JSON file with every record (its format is described in docs/json-format.md), to keep, to move to
        another computer, or to read with other tools. The command line does the same.
      </p>
      <div className="actions" style={{ marginTop: 0 }}>
        <button type="button" onClick={() => void exportAll()} disabled={busy !== null}>
          Export everything (JSON)…
        </button>
        <button type="button" onClick={() => void choose()} disabled={busy !== null}>
          Import from a file…
        </button>
      </div>
      {busy ? (
        <p role="status" className="muted">
          {busy}
        </p>
      ) : null}
      {/* Outside the live region: a count that changes four times a second is not read aloud each time. */}
      {busy && readSoFar ? (
        <p className="muted" data-testid="read-so-far">
          {readSoFar}
        </p>
      ) : null}
      {said?.error ? <ErrorAlert message={said.text} /> : null}
      {said && !said.error ? <InfoAlert message={said.text} /> : null}
      {preview ? (
        <Preview preview={preview} busy={busy !== null} onImport={importNow} onCancel={() => setPreview(null)} />
      ) : null}
    </section>
  );
}

function Preview(props: {
  preview: ImportPreview;
  busy: boolean;
  onImport: (token: string) => void;
  onCancel: () => void;
}) {
  const p = props.preview;
  const about = `${p.name} (${megabytes(p.bytes)})`;
  if (p.counts && p.token)
    return (
      <div className="subform" role="region" aria-label="What the file holds">
        <p>
          <strong>{about}</strong> can be imported: it adds {countsWords(p.counts)}, with their hours, notes, goals,
          reviews and the rest. Nothing has been written yet.
        </p>
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="button" className="primary" onClick={() => props.onImport(p.token!)} disabled={props.busy}>
            Import these records
          </button>
          <button type="button" onClick={props.onCancel} disabled={props.busy}>
            Cancel
          </button>
        </div>
      </div>
    );
  const more = p.problemCount - p.problems.length;
  return (
    <div className="subform" role="region" aria-label="What would be refused">
      <p>
        <strong>{about}</strong> cannot be imported as it is:{' '}
        {p.complete
          ? `${plural(p.problemCount, 'record or field is', 'records or fields are')} refused`
          : `checking stopped after ${p.problemCount.toLocaleString()} problems`}
        . Nothing was written. Each is named by where it is in the file:
      </p>
      <ul className="warnings" aria-label="Refused">
        {p.problems.map((x, i) => (
          <li key={`${x.location}-${i}`}>
            <code>{x.location}</code>: {x.message}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="muted">…and {more.toLocaleString()} more.</p> : null}
      <div className="actions" style={{ marginTop: 0 }}>
        <button type="button" onClick={props.onCancel}>
          Close
        </button>
      </div>
    </div>
  );
}
