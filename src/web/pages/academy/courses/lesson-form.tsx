import { Button, Card, Drawer, Flex, Form, Input, Select, Tabs, message } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { chapterKeys } from '../../../../shared/academy/courses/model.ts';
import type { Lesson, LessonBody } from '../../../../shared/schemas/academy-courses.ts';
import { useSaveLesson } from '../../../hooks/use-courses.ts';
import { errorText } from './course-text.ts';
import { RichTextEditor } from './rich-text-editor.tsx';

type ExerciseForm = { kind: 'reflect' | 'spot'; promptZh: string; promptEn?: string; answerZh: string; answerEn?: string };
type LessonForm = {
  chapter: LessonBody['chapter'];
  titleZh: string;
  titleEn?: string;
  bodyZh?: string;
  bodyEn?: string;
  pointsZh?: string;
  pointsEn?: string;
  exercises?: ExerciseForm[];
};

const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

function toForm(lesson: Lesson | null): LessonForm {
  if (!lesson) return { chapter: null, titleZh: '', exercises: [] };
  return {
    chapter: lesson.chapter,
    titleZh: lesson.title['zh-CN'],
    titleEn: lesson.title.en,
    bodyZh: lesson.body['zh-CN'],
    bodyEn: lesson.body.en,
    pointsZh: lesson.keyPoints['zh-CN'].join('\n'),
    pointsEn: lesson.keyPoints.en.join('\n'),
    exercises: lesson.exercises.map((e) => ({ kind: e.kind, promptZh: e.prompt['zh-CN'], promptEn: e.prompt.en, answerZh: e.answer['zh-CN'], answerEn: e.answer.en })),
  };
}

function toBody(form: LessonForm): LessonBody {
  return {
    chapter: form.chapter ?? null,
    title: { 'zh-CN': form.titleZh, en: form.titleEn ?? '' },
    body: { 'zh-CN': form.bodyZh ?? '', en: form.bodyEn ?? '' },
    keyPoints: { 'zh-CN': lines(form.pointsZh), en: lines(form.pointsEn) },
    exercises: (form.exercises ?? []).map((e) => ({ kind: e.kind, prompt: { 'zh-CN': e.promptZh, en: e.promptEn ?? '' }, answer: { 'zh-CN': e.answerZh, en: e.answerEn ?? '' } })),
  };
}

/** The drawer where a trainer writes one lesson in both languages: rich text, key points and exercises. */
export function LessonFormDrawer({ courseId, lesson, open, onClose }: { courseId: number; lesson: Lesson | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LessonForm>();
  const save = useSaveLesson(courseId);
  useEffect(() => {
    if (open) form.setFieldsValue(toForm(lesson));
  }, [open, lesson, form]);
  const required = { required: true, whitespace: true, message: t('academyCourses.editor.required') };
  const submit = (values: LessonForm) =>
    save.mutate(
      { lessonId: lesson?.id ?? null, body: toBody(values) },
      { onSuccess: () => { void message.success(t('academyCourses.editor.lessonSaved')); onClose(); }, onError: (error) => void message.error(errorText(error)) },
    );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={960}
      title={lesson ? t('academyCourses.editor.editLesson') : t('academyCourses.editor.addLesson')}
      destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()}>{t('academyCourses.editor.saveLesson')}</Button>}
    >
      <Form form={form} name="lesson" layout="vertical" onFinish={submit} initialValues={toForm(lesson)}>
        <Flex gap={12} wrap>
          <Form.Item name="chapter" label={t('academyCourses.editor.chapter')} style={{ minWidth: 200 }}>
            <Select allowClear options={chapterKeys.map((k) => ({ value: k, label: t(`academyCourses.chapters.${k}`) }))} placeholder={t('academyCourses.editor.noChapter')} />
          </Form.Item>
          <Form.Item name="titleZh" label={t('academyCourses.editor.titleZh')} rules={[required]} style={{ flex: 1, minWidth: 220 }}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="titleEn" label={t('academyCourses.editor.titleEn')} style={{ flex: 1, minWidth: 220 }}>
            <Input maxLength={120} />
          </Form.Item>
        </Flex>
        <Tabs
          items={[
            { key: 'zh', label: t('academyCourses.editor.chinese'), forceRender: true, children: <LanguageFields suffix="Zh" /> },
            { key: 'en', label: t('academyCourses.editor.english'), forceRender: true, children: <LanguageFields suffix="En" /> },
          ]}
        />
        <ExerciseFields />
      </Form>
    </Drawer>
  );
}

function LanguageFields({ suffix }: { suffix: 'Zh' | 'En' }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name={`body${suffix}`} label={t('academyCourses.editor.body')}>
        <RichTextEditor testId={`lesson-body-${suffix.toLowerCase()}`} />
      </Form.Item>
      <Form.Item name={`points${suffix}`} label={t('academyCourses.editor.keyPoints')} extra={t('academyCourses.editor.keyPointsHint')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </>
  );
}

function ExerciseFields() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('academyCourses.editor.required') };
  return (
    <Form.List name="exercises">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field) => (
            <Card key={field.key} size="small" title={t('academyCourses.editor.exercise', { number: field.name + 1 })} extra={<Button size="small" danger onClick={() => remove(field.name)}>{t('academyCourses.editor.remove')}</Button>}>
              <Form.Item name={[field.name, 'kind']} label={t('academyCourses.editor.exerciseKind')} initialValue="reflect">
                <Select options={(['reflect', 'spot'] as const).map((k) => ({ value: k, label: t(`academyCourses.exercise.${k}`) }))} style={{ maxWidth: 240 }} />
              </Form.Item>
              <Flex gap={12} wrap>
                <Form.Item name={[field.name, 'promptZh']} label={t('academyCourses.editor.promptZh')} rules={[required]} style={{ flex: 1, minWidth: 260 }}>
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'promptEn']} label={t('academyCourses.editor.promptEn')} style={{ flex: 1, minWidth: 260 }}>
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
              </Flex>
              <Flex gap={12} wrap>
                <Form.Item name={[field.name, 'answerZh']} label={t('academyCourses.editor.answerZh')} rules={[required]} style={{ flex: 1, minWidth: 260 }}>
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'answerEn']} label={t('academyCourses.editor.answerEn')} style={{ flex: 1, minWidth: 260 }}>
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
              </Flex>
            </Card>
          ))}
          <Button onClick={() => add({ kind: 'reflect' })} style={{ alignSelf: 'flex-start' }}>
            {t('academyCourses.editor.addExercise')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
