// Packets waiting in the mailbox folder, said wherever the person is in the app: the folder is looked
// at every half minute while the app runs (exchange.waiting counts them by name; nothing is opened
// until the person does so on that supervisee's page).
import { useRead } from '../../api/queries';
import { hrefFor } from '../../app/routes';

export const MAILBOX_POLL_MS = 30_000;
export const useMailbox = () => useRead('exchange.waiting', {}, { refetchInterval: MAILBOX_POLL_MS });

export function MailboxBanner() {
  const waiting = useMailbox().data?.waiting ?? [];
  if (!waiting.length) return null;
  return (
    <div className="alert info mailbox-banner" role="status">
      {waiting.map((w) => (
        <p key={w.superviseeId}>
          {w.count === 1 ? 'A new packet' : `${w.count} new packets`} from {w.name} {w.count === 1 ? 'is' : 'are'}{' '}
          waiting in your mailbox folder.{' '}
          <a className="link" href={hrefFor({ view: 'supervisees', id: w.superviseeId })}>
            Open {w.count === 1 ? 'it' : 'them'} on their page
          </a>
        </p>
      ))}
    </div>
  );
}
