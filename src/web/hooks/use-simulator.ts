import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonaKey } from '../../shared/academy/simulator/types.ts';
import type { PersonaList, Simulation, SimulationPage } from '../../shared/schemas/academy-simulator.ts';
import { request } from '../api.ts';

const base = '/academy/simulations';
const pageSize = 20;
const simulationKey = (id: number) => ['academy', 'simulation', id] as const;

/** The personas and their scenarios (static scripts, so cached for long). */
export function usePersonas() {
  return useQuery({ queryKey: ['academy', 'personas'], queryFn: () => request<PersonaList>('GET', `${base}/personas`), staleTime: 60 * 60_000 });
}

/** One simulation with its turns and, once finished, its debrief. */
export function useSimulation(id: number) {
  return useQuery({ queryKey: simulationKey(id), queryFn: () => request<Simulation>('GET', `${base}/${id}`) });
}

/** The signed-in person's simulations, or the team's (trainers, supervisors, admins), newest first, page by page. */
export function useSimulationList(scope: 'mine' | 'team', enabled = true) {
  return useInfiniteQuery({
    queryKey: ['academy', 'simulations', scope],
    queryFn: ({ pageParam }) => request<SimulationPage>('GET', scope === 'mine' ? base : `${base}/team`, { query: { limit: pageSize, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}

/** Puts an updated simulation into the cache and refreshes the lists; a finished one also changes "my learning". */
function useStore() {
  const client = useQueryClient();
  return (simulation: Simulation) => {
    client.setQueryData(simulationKey(simulation.id), simulation);
    const lists = client.invalidateQueries({ queryKey: ['academy', 'simulations'] });
    return simulation.status === 'finished' ? Promise.all([lists, client.invalidateQueries({ queryKey: ['academy-progress'] })]) : lists;
  };
}

/** Starts a simulation with a persona and scenario. */
export function useStartSimulation() {
  const store = useStore();
  return useMutation({
    mutationFn: (body: { persona: PersonaKey; scenario: string }) => request<Simulation>('POST', base, { body }),
    onSuccess: store,
  });
}

/** Sends one trainee message; the answer holds the persona's reply, the mood and the coach's findings. */
export function useSendSimulationMessage(id: number) {
  const store = useStore();
  return useMutation({ mutationFn: (text: string) => request<Simulation>('POST', `${base}/${id}/messages`, { body: { text } }), onSuccess: store });
}

/** Ends the simulation and gets the debrief. */
export function useEndSimulation(id: number) {
  const store = useStore();
  return useMutation({ mutationFn: () => request<Simulation>('POST', `${base}/${id}/end`), onSuccess: store });
}
