import { EmptySection } from '../../components/empty-section.tsx';

/** The academy section; until its issue lands it says what will appear here. */
export function AcademyPage() {
  return <EmptySection section="academy" />;
}
