import { EmptySection } from '../../components/empty-section.tsx';

/** The tickets section; until its issue lands it says what will appear here. */
export function TicketsPage() {
  return <EmptySection section="tickets" />;
}
