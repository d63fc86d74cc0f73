import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { publicComplaintBodySchema } from '../../shared/schemas/tickets.ts';
import type { Step, TicketKind, TicketStatus } from '../../shared/tickets/model.ts';
import { request } from '../api.ts';

/** The bot check question of the public form; its id carries the signed answer. */
export type Challenge = { id: string; question: string };
/** Body of filing a complaint, enquiry or suggestion from the public form. */
export type PublicComplaintBody = z.input<typeof publicComplaintBodySchema>;
/** What the customer gets back: the ticket number and the secret key of the status link. */
export type FiledComplaint = { number: string; statusKey: string };
/** One message on the customer's status page; agent replies are signed with name and staff number. */
export type PublicMessage = {
  id: number;
  from: 'customer' | 'agent';
  agent: { name: string; staffNumber: string } | null;
  body: string;
  /** Files the agent sent with this reply; each link carries the customer's own key. */
  attachments: { id: number; fileName: string; contentType: string; sizeBytes: number; url: string }[];
  createdAt: string;
};
/** The customer's view of a ticket. */
export type PublicStatus = {
  number: string;
  subject: string;
  kind: TicketKind;
  status: TicketStatus;
  currentStep: Step | null;
  createdAt: string;
  updatedAt: string;
  messages: PublicMessage[];
};

const statusKey = (number: string, key: string) => ['public-status', number, key] as const;

/** A fresh check question (never cached: each form and each failed attempt gets a new one). */
export function useChallenge() {
  return useQuery({
    queryKey: ['public-challenge'],
    queryFn: () => request<Challenge>('GET', '/public/challenge'),
    staleTime: 20 * 60_000,
    gcTime: 0,
  });
}

/** Files the public form. */
export function useFileComplaint() {
  return useMutation({ mutationFn: (body: PublicComplaintBody) => request<FiledComplaint>('POST', '/public/complaints', { body }) });
}

/** The status of one ticket for the holder of its status link; refreshed every minute while open. */
export function usePublicStatus(number: string, key: string) {
  return useQuery({
    queryKey: statusKey(number, key),
    queryFn: () => request<PublicStatus>('GET', `/public/tickets/${encodeURIComponent(number)}`, { query: { key } }),
    enabled: number.length > 0 && key.length > 0,
    refetchInterval: 60_000,
  });
}

/** Adds the customer's message from the status page. */
export function useAddPublicMessage(number: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      request<{ ok: true }>('POST', `/public/tickets/${encodeURIComponent(number)}/messages`, { body: { body }, query: { key } }),
    onSuccess: () => client.invalidateQueries({ queryKey: statusKey(number, key) }),
  });
}
