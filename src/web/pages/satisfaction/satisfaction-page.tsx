import { EmptySection } from '../../components/empty-section.tsx';

/** The satisfaction section; until its issue lands it says what will appear here. */
export function SatisfactionPage() {
  return <EmptySection section="satisfaction" />;
}
