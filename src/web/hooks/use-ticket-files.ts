// Ticket attachments (upload, download links, removal of unsent uploads) and saved views of the ticket list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, request } from '../api.ts';
import type { Attachment, TicketView, TicketViewFilters, createTicketViewBodySchema, updateTicketViewBodySchema } from '../../shared/schemas/ticket-files.ts';

export type { Attachment, TicketView, TicketViewFilters };
/** Body of saving a view. */
export type CreateViewBody = z.input<typeof createTicketViewBodySchema>;
/** Body of changing a view. */
export type UpdateViewBody = z.input<typeof updateTicketViewBodySchema>;

/** Where a ticket's attachment is served (inline for images, as a download for PDFs). */
export const attachmentUrl = (ticketId: number, attachmentId: number) => `/api/v1/tickets/${ticketId}/attachments/${attachmentId}`;

/**
 * Uploads one file as multipart form data (the JSON `request()` cannot carry files); errors come back as the same
 * ApiError with the server's localized message, e.g. the size limit or the accepted types.
 */
export async function uploadAttachment(ticketId: number, file: File, csrfToken: string, language: string): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/v1/tickets/${ticketId}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': language, 'x-csrf-token': csrfToken },
  });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; details?: unknown } } | Attachment | null;
  if (!response.ok) {
    const error = body && 'error' in body ? body.error : undefined;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `HTTP ${response.status}`, [], error?.details);
  }
  return body as Attachment;
}

/** Removes an upload that was not sent. */
export function removeAttachment(ticketId: number, attachmentId: number) {
  return request<{ ok: true }>('DELETE', `/tickets/${ticketId}/attachments/${attachmentId}`);
}

const viewsKey = ['ticket-views'] as const;
const viewApi = {
  list: () => request<TicketView[]>('GET', '/ticket-views'),
  create: (body: CreateViewBody) => request<TicketView>('POST', '/ticket-views', { body }),
  update: (id: number, body: UpdateViewBody) => request<TicketView>('PATCH', `/ticket-views/${id}`, { body }),
  remove: (id: number) => request<{ ok: true }>('DELETE', `/ticket-views/${id}`),
};

/** The user's saved views and the team's shared ones. */
export function useTicketViews() {
  return useQuery({ queryKey: viewsKey, queryFn: viewApi.list });
}

function useViewMutation<V>(call: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: viewsKey }) });
}

/** Saves the current filters as a view. */
export const useCreateView = () => useViewMutation((body: CreateViewBody) => viewApi.create(body));
/** Renames, re-filters, shares or unshares a view. */
export const useUpdateView = () => useViewMutation(({ id, body }: { id: number; body: UpdateViewBody }) => viewApi.update(id, body));
/** Deletes a view. */
export const useDeleteView = () => useViewMutation((id: number) => viewApi.remove(id));
