import { Button, Flex, Form, Input, Modal, message } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseBody, CaseView } from '../../../../shared/schemas/academy-courses.ts';
import { useSaveCase } from '../../../hooks/use-courses.ts';
import { errorText } from './course-text.ts';

type Pair = { zh: string; en?: string };
type CaseForm = { title: Pair; narrative: Pair; questions: Pair[]; analysis: Pair };

const pair = (text: { 'zh-CN': string; en: string }): Pair => ({ zh: text['zh-CN'], en: text.en });
const localized = (p: Pair) => ({ 'zh-CN': p.zh, en: p.en ?? '' });

function toForm(view: CaseView | null): CaseForm {
  if (!view) return { title: { zh: '' }, narrative: { zh: '' }, questions: [{ zh: '' }], analysis: { zh: '' } };
  return { title: pair(view.title), narrative: pair(view.narrative), questions: view.questions.map(pair), analysis: pair(view.analysis ?? { 'zh-CN': '', en: '' }) };
}

/** Adds or rewrites a case study in both languages (trainers and admins). */
export function CaseFormModal({ open, caseView, onClose, onSaved }: { open: boolean; caseView: CaseView | null; onClose: () => void; onSaved?: (id: number) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaseForm>();
  const save = useSaveCase();
  const required = { required: true, whitespace: true, message: t('academyCourses.editor.required') };
  const submit = (v: CaseForm) => {
    const body: CaseBody = { title: localized(v.title), narrative: localized(v.narrative), questions: v.questions.map(localized), analysis: localized(v.analysis) };
    save.mutate(
      { id: caseView?.id ?? null, body },
      {
        onSuccess: (saved) => {
          void message.success(t('academyCourses.cases.caseSaved'));
          onClose();
          onSaved?.(saved.id);
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };
  const both = (name: (string | number)[], label: string, rows?: number) => (
    <Flex gap={12} wrap>
      <Form.Item name={[...name, 'zh']} label={`${label}（${t('academyCourses.editor.chinese')}）`} rules={[required]} style={{ flex: 1, minWidth: 260 }}>
        {rows ? <Input.TextArea autoSize={{ minRows: rows }} /> : <Input />}
      </Form.Item>
      <Form.Item name={[...name, 'en']} label={`${label}（${t('academyCourses.editor.english')}）`} style={{ flex: 1, minWidth: 260 }}>
        {rows ? <Input.TextArea autoSize={{ minRows: rows }} /> : <Input />}
      </Form.Item>
    </Flex>
  );
  return (
    <Modal open={open} width={900} title={caseView ? t('academyCourses.cases.editCase') : t('academyCourses.cases.new')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} name="case" layout="vertical" onFinish={submit} initialValues={toForm(caseView)}>
        {both(['title'], t('academyCourses.cases.fieldTitle'))}
        {both(['narrative'], t('academyCourses.cases.story'), 5)}
        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key}>
                  {both([field.name], t('academyCourses.cases.question', { number: field.name + 1 }), 1)}
                  {fields.length > 1 && <Button size="small" danger onClick={() => remove(field.name)} style={{ marginBottom: 12 }}>{t('academyCourses.editor.remove')}</Button>}
                </div>
              ))}
              {fields.length < 8 && <Button onClick={() => add({ zh: '' })} style={{ marginBottom: 16 }}>{t('academyCourses.cases.addQuestion')}</Button>}
            </>
          )}
        </Form.List>
        {both(['analysis'], t('academyCourses.cases.analysis'), 4)}
      </Form>
    </Modal>
  );
}
