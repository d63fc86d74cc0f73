import { EmptySection } from '../../components/empty-section.tsx';

/** The reports section; until its issue lands it says what will appear here. */
export function ReportsPage() {
  return <EmptySection section="reports" />;
}
