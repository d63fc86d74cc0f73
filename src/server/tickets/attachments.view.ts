/** Sent attachments by the message they went with (uploads not sent yet are left out). */
export function groupByMessage<T extends { messageId: number | null }>(attachments: T[]): Map<number, T[]> {
  const byMessage = new Map<number, T[]>();
  for (const a of attachments) {
    if (a.messageId === null) continue;
    byMessage.set(a.messageId, [...(byMessage.get(a.messageId) ?? []), a]);
  }
  return byMessage;
}
