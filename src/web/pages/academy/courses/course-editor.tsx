import { Alert, Button, Card, Empty, Flex, Form, Input, List, Popconfirm, Skeleton, Space, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDraft, Lesson } from '../../../../shared/schemas/academy-courses.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useCourseDraft, useMoveLesson, usePublishCourse, useRemoveLesson, useUpdateCourse } from '../../../hooks/use-courses.ts';
import { errorText, useLocalized } from './course-text.ts';
import { LessonFormDrawer } from './lesson-form.tsx';

/** The trainer's editor: the draft's title and summary, its lessons in order, and publishing a new version. */
export function CourseEditor({ courseId, onBack, onPreview }: { courseId: number; onBack: () => void; onPreview: () => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const draft = useCourseDraft(courseId);
  const publish = usePublishCourse(courseId);
  const [editing, setEditing] = useState<Lesson | 'new' | null>(null);
  if (draft.error) return <QueryError error={draft.error} onRetry={() => void draft.refetch()} />;
  if (draft.isPending) return <Skeleton active />;
  const course = draft.data;
  const doPublish = () =>
    publish.mutate(undefined, {
      onSuccess: (v) => {
        void message.success(t('academyCourses.editor.published', { version: v.version }));
        void draft.refetch();
      },
      onError: (error) => void message.error(errorText(error)),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <div>
          <Button type="link" onClick={onBack} style={{ paddingInline: 0 }}>{`← ${t('academyCourses.reader.back')}`}</Button>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>{text(course.title)}</Typography.Title>
            <StatusTags course={course} />
          </Flex>
        </div>
        <Space wrap>
          {course.version !== null && <Button onClick={onPreview}>{t('academyCourses.editor.viewPublished')}</Button>}
          <Popconfirm title={t('academyCourses.editor.publishConfirm', { version: (course.version ?? 0) + 1 })} onConfirm={doPublish} okText={t('academyCourses.editor.publish')}>
            <Button type="primary" loading={publish.isPending} disabled={!course.hasDraftChanges}>
              {t('academyCourses.editor.publish')}
            </Button>
          </Popconfirm>
        </Space>
      </Flex>
      <Alert type="info" showIcon title={t('academyCourses.editor.draftHint')} />
      <CourseInfo key={JSON.stringify([course.title, course.summary])} course={course} />
      <Card
        title={t('academyCourses.editor.lessons')}
        extra={<Button onClick={() => setEditing('new')}>{t('academyCourses.editor.addLesson')}</Button>}
      >
        {course.lessons.length === 0 ? (
          <Empty description={t('academyCourses.editor.noLessons')} />
        ) : (
          <LessonList course={course} onEdit={setEditing} />
        )}
      </Card>
      <LessonFormDrawer courseId={courseId} lesson={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function StatusTags({ course }: { course: CourseDraft }) {
  const { t } = useTranslation();
  if (course.version === null) return <Tag color="orange">{t('academyCourses.list.draft')}</Tag>;
  return (
    <>
      <Tag color="blue">{t('academyCourses.list.version', { version: course.version })}</Tag>
      {course.hasDraftChanges && <Tag color="gold">{t('academyCourses.list.unpublishedChanges')}</Tag>}
    </>
  );
}

type InfoForm = { titleZh: string; titleEn?: string; summaryZh?: string; summaryEn?: string };

function CourseInfo({ course }: { course: CourseDraft }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InfoForm>();
  const update = useUpdateCourse(course.id);
  const initial = { titleZh: course.title['zh-CN'], titleEn: course.title.en, summaryZh: course.summary['zh-CN'], summaryEn: course.summary.en };
  const submit = (v: InfoForm) =>
    update.mutate(
      { title: { 'zh-CN': v.titleZh, en: v.titleEn ?? '' }, summary: { 'zh-CN': v.summaryZh ?? '', en: v.summaryEn ?? '' } },
      { onSuccess: () => void message.success(t('academyCourses.editor.infoSaved')), onError: (error) => void message.error(errorText(error)) },
    );
  return (
    <Card title={t('academyCourses.editor.info')} extra={<Button loading={update.isPending} onClick={() => form.submit()}>{t('academyCourses.editor.save')}</Button>}>
      <Form form={form} name="course-info" layout="vertical" onFinish={submit} initialValues={initial}>
        <Flex gap={12} wrap>
          <Form.Item name="titleZh" label={t('academyCourses.editor.titleZh')} rules={[{ required: true, whitespace: true, message: t('academyCourses.editor.titleRequired') }]} style={{ flex: 1, minWidth: 240 }}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="titleEn" label={t('academyCourses.editor.titleEn')} style={{ flex: 1, minWidth: 240 }}>
            <Input maxLength={120} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="summaryZh" label={t('academyCourses.editor.summaryZh')} style={{ flex: 1, minWidth: 240, marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Form.Item>
          <Form.Item name="summaryEn" label={t('academyCourses.editor.summaryEn')} style={{ flex: 1, minWidth: 240, marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}

function LessonList({ course, onEdit }: { course: CourseDraft; onEdit: (lesson: Lesson) => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const move = useMoveLesson(course.id);
  const remove = useRemoveLesson(course.id);
  const onError = (error: unknown) => void message.error(errorText(error));
  return (
    <List
      dataSource={course.lessons}
      renderItem={(lesson, index) => (
        <List.Item
          actions={[
            <Button key="up" size="small" disabled={index === 0} onClick={() => move.mutate({ lessonId: lesson.id, direction: 'up' }, { onError })}>↑</Button>,
            <Button key="down" size="small" disabled={index === course.lessons.length - 1} onClick={() => move.mutate({ lessonId: lesson.id, direction: 'down' }, { onError })}>↓</Button>,
            <Button key="edit" size="small" onClick={() => onEdit(lesson)}>{t('academyCourses.list.edit')}</Button>,
            <Popconfirm key="remove" title={t('academyCourses.editor.removeConfirm')} onConfirm={() => remove.mutate(lesson.id, { onError })}>
              <Button size="small" danger>{t('academyCourses.editor.remove')}</Button>
            </Popconfirm>,
          ]}
        >
          <List.Item.Meta
            title={`${index + 1}. ${text(lesson.title)}`}
            description={
              <Space size={4} wrap>
                {lesson.chapter && <Tag>{t(`academyCourses.chapters.${lesson.chapter}`)}</Tag>}
                <Tag>{t('academyCourses.editor.exerciseCount', { count: lesson.exercises.length })}</Tag>
                {!lesson.title.en && <Tag color="default">{t('academyCourses.editor.noEnglish')}</Tag>}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
