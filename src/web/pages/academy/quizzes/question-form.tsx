import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionKind } from '../../../../shared/academy/quizzes/question.ts';
import type { QuestionBody } from '../../../../shared/schemas/academy-quizzes.ts';
import { emptyValues, toBody, toValues, type QuestionFormValues } from './question-form-values.ts';

type Props = { open: boolean; kind: QuestionKind; initial: QuestionBody | null; saving: boolean; error: Error | null; onSave: (body: QuestionBody) => void; onCancel: () => void };

/** The dialog where a trainer writes one question of any kind, in Chinese and English. */
export function QuestionForm({ open, kind, initial, saving, error, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<QuestionFormValues>();
  useEffect(() => {
    if (open) form.setFieldsValue(initial ? toValues(initial) : emptyValues(kind));
  }, [open, initial, kind, form]);
  return (
    <Modal open={open} width={760} destroyOnHidden title={t(initial ? 'quizzes.editor.editQuestion' : 'quizzes.editor.newQuestion', { kind: t(`quizzes.kinds.${kind}`) })}
      okText={t('quizzes.editor.save')} cancelText={t('quizzes.editor.cancel')} confirmLoading={saving} onCancel={onCancel} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(values) => onSave(toBody({ ...values, kind }))} preserve={false}>
        <Bilingual name="prompt" label={t('quizzes.editor.prompt')} rows={2} />
        <KindFields kind={kind} />
        <Bilingual name="explanation" label={t('quizzes.editor.explanation')} rows={2} />
        {error && <Alert type="error" showIcon title={error.message} />}
      </Form>
    </Modal>
  );
}

/** A Chinese and an English field side by side, both required. */
function Bilingual({ name, label, hint, rows = 1 }: { name: (string | number)[] | string; label?: string; hint?: string; rows?: number }) {
  const { t } = useTranslation();
  const path = Array.isArray(name) ? name : [name];
  const field = (locale: 'zh-CN' | 'en') => (
    <Form.Item name={[...path, locale]} label={label && `${label}（${t(`quizzes.editor.${locale === 'en' ? 'english' : 'chinese'}`)}）`} rules={[{ required: true, whitespace: true, message: t('quizzes.editor.required') }]} style={{ flex: 1, marginBottom: 12 }}>
      {rows > 1 ? <Input.TextArea rows={rows} /> : <Input placeholder={[hint, t(`quizzes.editor.${locale === 'en' ? 'english' : 'chinese'}`)].filter(Boolean).join(' · ')} />}
    </Form.Item>
  );
  return (
    <Flex gap={12}>
      {field('zh-CN')}
      {field('en')}
    </Flex>
  );
}

function Rows({ name, label, add, render }: { name: string; label: string; add: () => unknown; render: (index: number) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add: append, remove }) => (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{label}</Typography.Text>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Typography.Text style={{ width: 20, paddingTop: 5 }}>{index + 1}</Typography.Text>
              <div style={{ flex: 1 }}>{render(field.name)}</div>
              <Button icon={<DeleteOutlined />} aria-label={t('quizzes.editor.removeRow')} disabled={fields.length <= 2} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} type="dashed" onClick={() => append(add())}>
            {t('quizzes.editor.addRow')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

const blank = () => ({ 'zh-CN': '', en: '' });

function KindFields({ kind }: { kind: QuestionKind }) {
  const { t } = useTranslation();
  switch (kind) {
    case 'true_false':
      return (
        <Form.Item name="answer" label={t('quizzes.editor.statementIs')}>
          <Radio.Group options={[{ value: true, label: t('quizzes.answer.true') }, { value: false, label: t('quizzes.answer.false') }]} />
        </Form.Item>
      );
    case 'single':
    case 'multiple':
      return (
        <Rows name="options" label={t(kind === 'single' ? 'quizzes.editor.optionsSingle' : 'quizzes.editor.optionsMultiple')} add={() => ({ ...blank(), correct: false })}
          render={(i) => (
            <Flex gap={8} align="start">
              <div style={{ flex: 1 }}><Bilingual name={[i]} /></div>
              <Form.Item name={[i, 'correct']} valuePropName="checked" style={{ marginBottom: 0, paddingTop: 5 }}>
                <Checkbox>{t('quizzes.editor.correct')}</Checkbox>
              </Form.Item>
            </Flex>
          )} />
      );
    case 'ordering':
      return <Rows name="items" label={t('quizzes.editor.itemsInOrder')} add={blank} render={(i) => <Bilingual name={[i]} />} />;
    case 'matching':
      return (
        <Rows name="pairs" label={t('quizzes.editor.pairs')} add={() => ({ left: blank(), right: blank() })}
          render={(i) => (
            <>
              <Bilingual name={[i, 'left']} hint={t('quizzes.editor.left')} />
              <Bilingual name={[i, 'right']} hint={t('quizzes.editor.right')} />
            </>
          )} />
      );
    case 'short_answer':
      return (
        <>
          <Form.Item name="keyElements" label={t('quizzes.editor.keyElements')} extra={t('quizzes.editor.keyElementsHint')}>
            <Input.TextArea rows={3} placeholder={'感谢 / 谢谢\n为您 / 帮您'} />
          </Form.Item>
          <Bilingual name="sample" label={t('quizzes.editor.sample')} rows={2} />
        </>
      );
  }
}
