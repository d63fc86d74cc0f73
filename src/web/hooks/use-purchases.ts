import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CadenceRules, type ProductBody, type PurchaseBody, type ServiceCommitmentBody } from '../api.ts';
import { useInvalidateCustomer } from './use-customers.ts';

const productsKey = ['products'] as const;
const commitmentsKey = ['service-commitments'] as const;
const cadenceKey = ['customers-cadence'] as const;

/** The product catalogue. */
export function useProducts() {
  return useQuery({ queryKey: productsKey, queryFn: api.listProducts });
}

/** Adds a product to the catalogue. */
export function useCreateProduct() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: ProductBody) => api.createProduct(body), onSuccess: () => client.invalidateQueries({ queryKey: productsKey }) });
}

/** Records a purchase for a customer. */
export function useCreatePurchase() {
  const invalidate = useInvalidateCustomer();
  return useMutation({ mutationFn: (body: PurchaseBody) => api.createPurchase(body), onSuccess: (purchase) => invalidate(purchase.customerId) });
}

/** Deletes a purchase of a customer. */
export function useDeletePurchase(customerId: number) {
  const invalidate = useInvalidateCustomer();
  return useMutation({ mutationFn: (id: number) => api.deletePurchase(id), onSuccess: () => invalidate(customerId) });
}

/** The company's service commitments (active and inactive). */
export function useCommitments() {
  return useQuery({ queryKey: commitmentsKey, queryFn: api.listCommitments });
}

/** Creates (id null) or changes a service commitment; warranty states of every customer follow. */
export function useSaveCommitment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: ServiceCommitmentBody }) => (id === null ? api.createCommitment(body) : api.updateCommitment(id, body)),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: commitmentsKey }), client.invalidateQueries({ queryKey: ['customer'] })]),
  });
}

/** The contact cadence rules. */
export function useCadence() {
  return useQuery({ queryKey: cadenceKey, queryFn: api.getCadence });
}

/** Changes the contact cadence rules. */
export function useSaveCadence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CadenceRules) => api.setCadence(body),
    onSuccess: (rules) => {
      client.setQueryData(cadenceKey, rules);
      return Promise.all([client.invalidateQueries({ queryKey: ['customers'] }), client.invalidateQueries({ queryKey: ['customer'] })]);
    },
  });
}
