import { useSearchParams } from 'react-router';
import { CourseEditor } from './course-editor.tsx';
import { CourseList } from './course-list.tsx';
import { CourseReader } from './course-reader.tsx';
import { useIsCourseEditor } from './course-text.ts';

/** Reads a positive whole number from a search param. */
function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * The courses a person can study; trainers edit them. Navigation lives in the search params beside `tab`:
 * `course` (and `lesson`, `version`) opens the reader, `edit` the trainer's editor.
 */
export function CoursesTab() {
  const [params, setParams] = useSearchParams();
  const editor = useIsCourseEditor();
  const go = (next: Record<string, string | number | undefined>) => {
    const entries = Object.entries({ tab: 'courses', ...next }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]);
    setParams(Object.fromEntries(entries));
  };
  const editId = numberParam(params, 'edit');
  const courseId = numberParam(params, 'course');
  if (editId && editor) return <CourseEditor key={editId} courseId={editId} onBack={() => go({})} onPreview={() => go({ course: editId })} />;
  if (courseId) {
    return (
      <CourseReader
        key={courseId}
        courseId={courseId}
        lessonId={numberParam(params, 'lesson')}
        version={numberParam(params, 'version')}
        onNavigate={(next) => go({ course: courseId, ...next })}
        onBack={() => go({})}
      />
    );
  }
  return <CourseList onOpen={(id) => go({ course: id })} onEdit={(id) => go({ edit: id })} />;
}
