import { EmptySection } from '../../components/empty-section.tsx';

/** The customers section; until its issue lands it says what will appear here. */
export function CustomersPage() {
  return <EmptySection section="customers" />;
}
