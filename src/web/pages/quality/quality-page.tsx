import { EmptySection } from '../../components/empty-section.tsx';

/** The quality section; until its issue lands it says what will appear here. */
export function QualityPage() {
  return <EmptySection section="quality" />;
}
