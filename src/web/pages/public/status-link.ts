/** The path of a ticket's private status page. */
export function statusPath(number: string, key: string): string {
  return `/status/${encodeURIComponent(number)}?key=${encodeURIComponent(key)}`;
}

/** The full status link to keep (origin of this site plus the path). */
export function statusUrl(origin: string, number: string, key: string): string {
  return `${origin}${statusPath(number, key)}`;
}
