import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../../../shared/academy/courses/model.ts';
import type { Lesson } from '../../../../shared/schemas/academy-courses.ts';
import { useLocalized } from './course-text.ts';

// Lesson HTML comes from trainers and is sanitised by the server on every save; these styles only dress it.
const lessonCss = `
.lt-lesson { font-size: 15px; line-height: 1.85; }
.lt-lesson h2 { font-size: 18px; margin: 24px 0 8px; }
.lt-lesson h3 { font-size: 16px; margin: 20px 0 6px; }
.lt-lesson img { max-width: 100%; border-radius: 6px; }
.lt-lesson blockquote { margin: 12px 0; padding: 4px 16px; border-left: 3px solid #91caff; color: #555; }
`;

/** The sanitised rich text of a lesson. */
export function LessonHtml({ html }: { html: string }) {
  return (
    <>
      <style>{lessonCss}</style>
      <div className="lt-lesson" data-testid="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

/** One lesson: its text, the key-points box and the exercises. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  const text = useLocalized();
  const points = i18n.language.startsWith('en') && lesson.keyPoints.en.length > 0 ? lesson.keyPoints.en : lesson.keyPoints['zh-CN'];
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {text(lesson.title)}
      </Typography.Title>
      <LessonHtml html={text(lesson.body)} />
      {points.length > 0 && (
        <Alert
          type="info"
          data-testid="key-points"
          title={t('academyCourses.reader.keyPoints')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {lesson.exercises.length > 0 && (
        <Flex vertical gap={12}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('academyCourses.reader.exercises')}
          </Typography.Title>
          {lesson.exercises.map((exercise, index) => (
            <ExerciseCard key={index} exercise={exercise} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}

function ExerciseCard({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const [shown, setShown] = useState(false);
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <div>
          <Tag color={exercise.kind === 'spot' ? 'volcano' : 'geekblue'}>{t(`academyCourses.exercise.${exercise.kind}`)}</Tag>
          <Typography.Text>{text(exercise.prompt)}</Typography.Text>
        </div>
        {shown ? (
          <Alert type="success" title={text(exercise.answer)} />
        ) : (
          <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => setShown(true)}>
            {t(`academyCourses.exercise.show.${exercise.kind}`)}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
