import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Menu, Progress, Row, Select, Skeleton, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error.tsx';
import { useCourse, useCourseVersions, useMarkLessonDone } from '../../../hooks/use-courses.ts';
import { useFormatDateTime } from '../../../hooks/use-format.ts';
import { errorText, useLocalized } from './course-text.ts';
import { LessonView } from './lesson-view.tsx';

type Props = {
  courseId: number;
  lessonId?: number;
  version?: number;
  onNavigate: (next: { lesson?: number; version?: number }) => void;
  onBack: () => void;
};

/** Reads a published course lesson by lesson, marks lessons done and shows older versions read-only. */
export function CourseReader({ courseId, lessonId, version, onNavigate, onBack }: Props) {
  const { t } = useTranslation();
  const text = useLocalized();
  const course = useCourse(courseId, version);
  const markDone = useMarkLessonDone(courseId);
  if (course.error) {
    return (
      <Flex vertical gap={12}>
        <BackLink onBack={onBack} />
        <QueryError error={course.error} onRetry={() => void course.refetch()} />
      </Flex>
    );
  }
  if (course.isPending) return <Skeleton active />;
  const data = course.data;
  const latest = data.version === data.latestVersion;
  const index = Math.max(0, data.lessons.findIndex((l) => l.id === lessonId));
  const lesson = data.lessons[index];
  const done = new Set(data.progress.doneLessonIds);
  const next = data.lessons[index + 1];
  const finish = () =>
    markDone.mutate(lesson.id, {
      onSuccess: (progress) => {
        void course.refetch();
        if (progress.complete && !next) void message.success(t('academyCourses.reader.courseDone'));
        else if (next) onNavigate({ lesson: next.id });
      },
      onError: (error) => void message.error(errorText(error)),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <div>
          <BackLink onBack={onBack} />
          <Typography.Title level={4} style={{ margin: '4px 0 0' }}>
            {text(data.title)}
          </Typography.Title>
        </div>
        <VersionPicker courseId={courseId} version={data.version} onPick={(v) => onNavigate({ version: v === data.latestVersion ? undefined : v })} />
      </Flex>
      {!latest && <Alert type="warning" showIcon title={t('academyCourses.reader.oldVersion', { version: data.version, latest: data.latestVersion })} />}
      {latest && (
        <Flex align="center" gap={12}>
          <Typography.Text type="secondary">{t('academyCourses.list.progress', { done: data.progress.done, total: data.progress.total })}</Typography.Text>
          <Progress percent={data.progress.total ? Math.round((data.progress.done / data.progress.total) * 100) : 0} size="small" style={{ maxWidth: 240, margin: 0 }} />
        </Flex>
      )}
      {!lesson ? (
        <Card>
          <Empty description={t('academyCourses.reader.noLessons')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={7}>
            <Card size="small" styles={{ body: { padding: 4 } }}>
              <Menu
                mode="inline"
                selectedKeys={[String(lesson.id)]}
                style={{ borderInlineEnd: 'none' }}
                onClick={({ key }) => onNavigate({ lesson: Number(key), version })}
                items={data.lessons.map((l) => ({
                  key: String(l.id),
                  // Long lesson titles wrap instead of being cut off.
                  style: { height: 'auto', lineHeight: 1.5, paddingBlock: 8, whiteSpace: 'normal' },
                  label: (
                    <Flex justify="space-between" gap={8} data-testid={`lesson-link-${l.id}`}>
                      <span>{text(l.title)}</span>
                      {latest && done.has(l.id) && <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={t('academyCourses.reader.done')} />}
                    </Flex>
                  ),
                }))}
              />
            </Card>
          </Col>
          <Col xs={24} lg={17}>
            <Card>
              <LessonView lesson={lesson} />
              <Flex justify="flex-end" gap={8} style={{ marginTop: 24 }}>
                {latest && (done.has(lesson.id) ? (
                  <Button disabled icon={<CheckCircleFilled />}>
                    {t('academyCourses.reader.done')}
                  </Button>
                ) : (
                  <Button type="primary" loading={markDone.isPending} onClick={finish}>
                    {next ? t('academyCourses.reader.markDoneNext') : t('academyCourses.reader.markDone')}
                  </Button>
                ))}
                {next && (!latest || done.has(lesson.id)) && <Button onClick={() => onNavigate({ lesson: next.id, version })}>{t('academyCourses.reader.next')}</Button>}
              </Flex>
            </Card>
          </Col>
        </Row>
      )}
    </Flex>
  );
}

function BackLink({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Button type="link" onClick={onBack} style={{ paddingInline: 0 }}>
      {`← ${t('academyCourses.reader.back')}`}
    </Button>
  );
}

function VersionPicker({ courseId, version, onPick }: { courseId: number; version: number; onPick: (version: number) => void }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const versions = useCourseVersions(courseId);
  if (!versions.data || versions.data.length < 2) return null;
  return (
    <Select
      value={version}
      onChange={onPick}
      style={{ minWidth: 260 }}
      aria-label={t('academyCourses.reader.history')}
      options={versions.data.map((v) => ({ value: v.version, label: t('academyCourses.reader.versionOption', { version: v.version, date: format(v.publishedAt) }) }))}
    />
  );
}
