import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type DepartmentBody } from '../api.ts';

const departmentsKey = ['departments'] as const;

/** Every department with its member count. */
export function useDepartments() {
  return useQuery({ queryKey: departmentsKey, queryFn: api.listDepartments });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: departmentsKey });
}

/** Creates a department. */
export function useCreateDepartment() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (body: DepartmentBody) => api.createDepartment(body), onSuccess });
}

/** Renames a department or changes its kind. */
export function useUpdateDepartment() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: DepartmentBody }) => api.updateDepartment(id, body),
    onSuccess,
  });
}

/** Deletes an empty department. */
export function useDeleteDepartment() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (id: number) => api.deleteDepartment(id), onSuccess });
}
