import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { chapterKeys } from '../../../../shared/academy/courses/model.ts';
import { gradeMethods } from '../../../../shared/academy/quizzes/attempt-grade.ts';
import type { Quiz, QuizBody } from '../../../../shared/schemas/academy-quizzes.ts';

const defaults: QuizBody = {
  title: { 'zh-CN': '', en: '' },
  description: { 'zh-CN': '', en: '' },
  chapter: null,
  attemptLimit: null,
  gradeMethod: 'highest',
  timeLimitMinutes: null,
  passMark: 60,
  feedbackMode: 'immediate',
  bands: [],
  drawCount: null,
};

/** The texts and settings of a quiz; empty number fields mean "no limit" or "all questions". */
export function QuizSettingsForm({ initial, saving, onSave }: { initial: Quiz | null; saving: boolean; onSave: (body: QuizBody) => void }) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('quizzes.editor.required') }];
  const start: QuizBody = initial ? { ...defaults, ...initial } : defaults;
  const finish = (values: QuizBody) => onSave({ ...values, chapter: values.chapter ?? null, attemptLimit: values.attemptLimit ?? null, timeLimitMinutes: values.timeLimitMinutes ?? null, drawCount: values.drawCount ?? null, bands: values.bands ?? [] });
  return (
    <Form<QuizBody> layout="vertical" initialValues={start} onFinish={finish}>
      <Row gutter={12}>
        <Col xs={24} md={12}><Form.Item name={['title', 'zh-CN']} label={t('quizzes.editor.titleZh')} rules={required}><Input maxLength={200} /></Form.Item></Col>
        <Col xs={24} md={12}><Form.Item name={['title', 'en']} label={t('quizzes.editor.titleEn')} rules={required}><Input maxLength={200} /></Form.Item></Col>
        <Col xs={24} md={12}><Form.Item name={['description', 'zh-CN']} label={t('quizzes.editor.descriptionZh')} rules={required}><Input.TextArea rows={2} /></Form.Item></Col>
        <Col xs={24} md={12}><Form.Item name={['description', 'en']} label={t('quizzes.editor.descriptionEn')} rules={required}><Input.TextArea rows={2} /></Form.Item></Col>
        <Col xs={12} md={6}>
          <Form.Item name="chapter" label={t('quizzes.editor.chapter')}>
            <Select allowClear placeholder={t('quizzes.editor.noChapter')} options={chapterKeys.map((key) => ({ value: key, label: t(`quizzes.chapters.${key}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}><Form.Item name="passMark" label={t('quizzes.editor.passMark')}><InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12} md={6}><Form.Item name="timeLimitMinutes" label={t('quizzes.editor.timeLimit')}><InputNumber min={1} max={600} placeholder={t('quizzes.editor.none')} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12} md={6}><Form.Item name="attemptLimit" label={t('quizzes.editor.attemptLimit')}><InputNumber min={1} max={100} placeholder={t('quizzes.editor.none')} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12} md={6}><Form.Item name="drawCount" label={t('quizzes.editor.drawCount')}><InputNumber min={1} max={200} placeholder={t('quizzes.editor.all')} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12} md={6}>
          <Form.Item name="gradeMethod" label={t('quizzes.editor.gradeMethod')}>
            <Select options={gradeMethods.map((m) => ({ value: m, label: t(`quizzes.gradeMethod.${m}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="feedbackMode" label={t('quizzes.editor.feedbackMode')}>
            <Radio.Group options={[{ value: 'immediate', label: t('quizzes.feedbackMode.immediate') }, { value: 'deferred', label: t('quizzes.feedbackMode.deferred') }]} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="bands">
        {(fields, { add, remove }) => (
          <Form.Item label={t('quizzes.editor.bands')} extra={t('quizzes.editor.bandsHint')}>
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'min']} noStyle><InputNumber min={0} max={100} prefix="≥" suffix="%" style={{ width: 140 }} /></Form.Item>
                  <Form.Item name={[field.name, 'feedback', 'zh-CN']} noStyle rules={required}><Input placeholder={t('quizzes.editor.chinese')} /></Form.Item>
                  <Form.Item name={[field.name, 'feedback', 'en']} noStyle rules={required}><Input placeholder={t('quizzes.editor.english')} /></Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('quizzes.editor.removeRow')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ min: 0, feedback: { 'zh-CN': '', en: '' } })} style={{ alignSelf: 'start' }}>
                {t('quizzes.editor.addBand')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={saving}>
        {initial ? t('quizzes.editor.save') : t('quizzes.editor.create')}
      </Button>
    </Form>
  );
}
