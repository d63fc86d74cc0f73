import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SlaPolicy } from '../../shared/tickets/sla-policy.ts';
import { request } from '../api.ts';

/** Where a cause is routed. */
export type CauseRouteTo = 'service' | 'rnd' | 'production' | 'logistics';
/** One cause of the taxonomy as the API returns it (flat, with its parent). */
export type Cause = { id: number; key: string; parentId: number | null; nameZh: string; nameEn: string; routeTo: CauseRouteTo | null; active: boolean };
/** Body of creating a cause. */
export type CauseBody = Omit<Cause, 'id'>;
/** An SLA policy as the API returns it. */
export type SlaPolicyRow = SlaPolicy;
/** The three numbers of an SLA policy an admin may change. */
export type SlaPolicyBody = Pick<SlaPolicy, 'firstResponseMinutes' | 'resolutionMinutes' | 'warnBeforeMinutes'>;

const causesKey = ['causes'] as const;
const policiesKey = ['sla-policies'] as const;

/** The whole cause taxonomy, flat, in display order. */
export function useCauses() {
  return useQuery({ queryKey: causesKey, queryFn: () => request<Cause[]>('GET', '/causes') });
}

/** Creates a cause (top level or child); answers with the whole taxonomy. */
export function useCreateCause() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CauseBody) => request<Cause[]>('POST', '/causes', { body }),
    onSuccess: (causes) => client.setQueryData(causesKey, causes),
  });
}

/** Changes a cause (names, parent, route, active); answers with the whole taxonomy. */
export function useUpdateCause() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: Omit<CauseBody, 'key'> }) => request<Cause[]>('PUT', `/causes/${id}`, { body }),
    onSuccess: (causes) => client.setQueryData(causesKey, causes),
  });
}

/** Every SLA policy. */
export function useSlaPolicies() {
  return useQuery({ queryKey: policiesKey, queryFn: () => request<SlaPolicyRow[]>('GET', '/sla-policies') });
}

/** Changes one policy's targets; answers with every policy. */
export function useUpdateSlaPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: SlaPolicyBody }) => request<SlaPolicyRow[]>('PUT', `/sla-policies/${id}`, { body }),
    onSuccess: (policies) => client.setQueryData(policiesKey, policies),
  });
}

/** The company's business calendar (working days and hours, holidays, make-up working days). */
export type BusinessCalendar = { timeZone: string; workdays: number[]; start: string; end: string; holidays: string[]; extraWorkdays: string[] };

const calendarKey = ['sla-calendar'] as const;

/** The business calendar SLA due times are counted in. */
export function useSlaCalendar() {
  return useQuery({ queryKey: calendarKey, queryFn: () => request<BusinessCalendar>('GET', '/sla-calendar') });
}

/** Saves the business calendar (admins). */
export function useSaveSlaCalendar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BusinessCalendar) => request<BusinessCalendar>('PUT', '/sla-calendar', { body }),
    onSuccess: (calendar) => client.setQueryData(calendarKey, calendar),
  });
}
