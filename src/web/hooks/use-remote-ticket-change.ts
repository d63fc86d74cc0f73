// Whether someone else changed the open ticket: the desk stream names the ticket, and once no change of
// our own is in flight, a quiet fetch compares versions. The page shows a notice rather than replacing
// the ticket (and any half-written form keyed by its version) under the user's hands.
import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTicketStream } from './use-ticket-stream.ts';
import { ticketApi, ticketKey, type Ticket } from './use-tickets.ts';

/** The newer version someone else saved (null when the page is current), and a way to load it. */
export function useRemoteTicketChange(id: number, shownVersion: number | undefined): { newerVersion: number | null; load: () => void } {
  const client = useQueryClient();
  const mutating = useIsMutating();
  const [changed, setChanged] = useState(0);
  const [checked, setChecked] = useState(0);
  const [latest, setLatest] = useState<{ id: number; version: number } | null>(null);
  useTicketStream({ enabled: Number.isInteger(id) && id > 0, onTickets: (ids) => ids.has(id) && setChanged((n) => n + 1) });

  useEffect(() => {
    if (changed === checked || mutating > 0) return;
    setChecked(changed);
    void ticketApi.get(id).then(
      (fresh) => {
        const cached = client.getQueryData<Ticket>(ticketKey(id));
        if (cached && fresh.version > cached.version) setLatest({ id, version: fresh.version });
      },
      () => undefined,
    );
  }, [changed, checked, mutating, id, client]);

  const load = useCallback(() => void client.invalidateQueries({ queryKey: ticketKey(id) }), [client, id]);
  const newerVersion = latest && latest.id === id && shownVersion !== undefined && latest.version > shownVersion ? latest.version : null;
  return { newerVersion, load };
}
