import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { ticketKey } from './use-tickets.ts';

/** Whether an error is the API's "someone else changed this ticket" answer. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'ticket_version_conflict';
}

/**
 * A handler for a failed ticket action: a version conflict tells the user someone else changed the ticket
 * and reloads it; anything else shows the API's message. Returns the message for forms that show it inline.
 */
export function useTicketErrorHandler(id: number): (error: unknown) => string | null {
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const client = useQueryClient();
  return (error) => {
    if (isVersionConflict(error)) {
      notification.warning({ title: t('work.ticket.conflictTitle'), description: t('work.ticket.conflictBody'), placement: 'top' });
      void client.invalidateQueries({ queryKey: ticketKey(id) });
      return null;
    }
    const text = error instanceof Error ? error.message : String(error);
    void message.error(text);
    return text;
  };
}
