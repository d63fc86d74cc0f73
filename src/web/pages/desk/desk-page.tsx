import { EmptySection } from '../../components/empty-section.tsx';

/** The desk section; until its issue lands it says what will appear here. */
export function DeskPage() {
  return <EmptySection section="desk" />;
}
