// Pure pieces of the live desk: reading the `ticket` events of `/desk/stream` and gathering a burst of them
// (a bulk change of 200 tickets sends 200 events) into one refresh.

/** The ticket id of a `ticket` event's data (`{"id": 42}`), or null when the data is not such an object. */
export function parseTicketEvent(data: unknown): number | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value !== 'object' || value === null || !('id' in value)) return null;
    const id = (value as { id: unknown }).id;
    return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** A collector of ticket ids that calls `flush` once with every id seen during `wait` ms after the first. */
export type IdBatcher = { add: (id: number) => void; cancel: () => void };

/** Gathers ids and flushes them together at most once per `wait` ms. */
export function createIdBatcher(flush: (ids: Set<number>) => void, wait: number): IdBatcher {
  let pending = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    add: (id) => {
      pending.add(id);
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        const ids = pending;
        pending = new Set();
        flush(ids);
      }, wait);
    },
    cancel: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = new Set();
    },
  };
}
