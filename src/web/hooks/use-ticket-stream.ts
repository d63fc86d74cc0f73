// The live desk: one EventSource on `/api/v1/desk/stream` while a page that shows queues is open. Every
// burst of `ticket` events refreshes the desk counts and ticket lists (plus any keys the page adds);
// polling stays on as a slower fallback for when the stream is down.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createIdBatcher, parseTicketEvent } from '../lib/ticket-stream.ts';

/** Polling interval of the desk counts while the stream carries the live updates. */
export const countsFallbackInterval = 60_000;
/** Polling interval of the ticket lists while the stream carries the live updates. */
export const listsFallbackInterval = 120_000;

const streamUrl = '/api/v1/desk/stream';
const burstWait = 400;

/**
 * Listens to the desk stream while mounted (and `enabled`); refreshes counts, lists and `keys` on changes,
 * and hands the changed ticket ids to `onTickets`. Answers whether the stream is connected.
 */
export function useTicketStream({ enabled = true, keys = [], onTickets }: { enabled?: boolean; keys?: QueryKey[]; onTickets?: (ids: Set<number>) => void } = {}): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  // The latest callbacks and keys, read when events arrive, so the stream is not reopened on every render.
  const latest = useRef({ keys, onTickets });
  useEffect(() => {
    latest.current = { keys, onTickets };
  });

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const refresh = () => {
      for (const queryKey of [['desk-counts'], ['tickets'], ...latest.current.keys]) void client.invalidateQueries({ queryKey });
    };
    const batcher = createIdBatcher((ids) => {
      refresh();
      latest.current.onTickets?.(ids);
    }, burstWait);
    const source = new EventSource(streamUrl);
    let dropped = false;
    source.onopen = () => {
      setConnected(true);
      // Events sent while the stream was down are lost: catch up once it is back.
      if (dropped) refresh();
      dropped = false;
    };
    source.onerror = () => {
      // The browser reconnects by itself (the server asks for 5 s); a refused stream is closed for good.
      setConnected(false);
      dropped = true;
    };
    source.addEventListener('ticket', (event) => {
      const id = parseTicketEvent((event as MessageEvent).data);
      if (id !== null) batcher.add(id);
    });
    return () => {
      batcher.cancel();
      source.close();
      setConnected(false);
    };
  }, [client, enabled]);

  return connected;
}
