import { Button, Card, Col, Empty, Flex, Form, Input, Modal, Progress, Row, Skeleton, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseListItem } from '../../../../shared/schemas/academy-courses.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useCourses, useCreateCourse } from '../../../hooks/use-courses.ts';
import { errorText, useIsCourseEditor, useLocalized } from './course-text.ts';

/** The course cards: learners see published courses with their progress; trainers also drafts and "new course". */
export function CourseList({ onOpen, onEdit }: { onOpen: (id: number) => void; onEdit: (id: number) => void }) {
  const { t } = useTranslation();
  const list = useCourses();
  const editor = useIsCourseEditor();
  const [creating, setCreating] = useState(false);
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      {editor && (
        <Flex justify="flex-end">
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('academyCourses.list.new')}
          </Button>
        </Flex>
      )}
      {list.data.length === 0 ? (
        <Card>
          <Empty description={t(editor ? 'academyCourses.list.emptyEditor' : 'academyCourses.list.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {list.data.map((course) => (
            <Col key={course.id} xs={24} lg={12}>
              <CourseCard course={course} editor={editor} onOpen={() => onOpen(course.id)} onEdit={() => onEdit(course.id)} />
            </Col>
          ))}
        </Row>
      )}
      <NewCourseModal open={creating} onClose={() => setCreating(false)} onCreated={onEdit} />
    </Flex>
  );
}

function CourseCard({ course, editor, onOpen, onEdit }: { course: CourseListItem; editor: boolean; onOpen: () => void; onEdit: () => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const progress = course.progress;
  const percent = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Card title={text(course.title)} style={{ height: '100%' }} data-testid={`course-${course.id}`}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {text(course.summary) || t('academyCourses.list.noSummary')}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Tag>{t('academyCourses.list.lessons', { count: course.lessonCount })}</Tag>
          {course.version !== null && <Tag color="blue">{t('academyCourses.list.version', { version: course.version })}</Tag>}
          {course.status === 'draft' && <Tag color="orange">{t('academyCourses.list.draft')}</Tag>}
          {editor && course.status === 'published' && course.hasDraftChanges && <Tag color="gold">{t('academyCourses.list.unpublishedChanges')}</Tag>}
        </Flex>
        {progress && (
          <div>
            <Typography.Text type="secondary">{t('academyCourses.list.progress', { done: progress.done, total: progress.total })}</Typography.Text>
            <Progress percent={percent} size="small" status={percent === 100 ? 'success' : 'normal'} />
          </div>
        )}
        <Flex gap={8} justify="flex-end" wrap>
          {editor && <Button onClick={onEdit}>{t('academyCourses.list.edit')}</Button>}
          {course.status === 'published' && (
            <Button type="primary" onClick={onOpen}>
              {percent === 100 ? t('academyCourses.list.review') : percent > 0 ? t('academyCourses.list.continue') : t('academyCourses.list.start')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

type NewCourseForm = { zh: string; en: string };

function NewCourseModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const create = useCreateCourse();
  const [form] = Form.useForm<NewCourseForm>();
  const submit = (values: NewCourseForm) =>
    create.mutate(
      { title: { 'zh-CN': values.zh, en: values.en ?? '' }, summary: { 'zh-CN': '', en: '' } },
      {
        onSuccess: (draft) => {
          form.resetFields();
          onClose();
          onCreated(draft.id);
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  return (
    <Modal open={open} title={t('academyCourses.list.new')} onCancel={onClose} onOk={() => form.submit()} okText={t('academyCourses.list.create')} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} name="new-course" layout="vertical" onFinish={submit}>
        <Form.Item name="zh" label={t('academyCourses.editor.titleZh')} rules={[{ required: true, whitespace: true, message: t('academyCourses.editor.titleRequired') }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="en" label={t('academyCourses.editor.titleEn')}>
          <Input maxLength={120} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
