import { Alert, App, Button, Form, List, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, type CreateCustomerBody, type DuplicateCustomer } from '../../api.ts';
import { useCreateCustomer } from '../../hooks/use-customers.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { ContactFields } from './contact-fields.tsx';
import { CustomerProfileFields } from './customer-profile-fields.tsx';

type Values = Omit<CreateCustomerBody, 'allowDuplicate'>;

function duplicatesOf(error: unknown): DuplicateCustomer[] {
  if (!(error instanceof ApiError) || error.code !== 'duplicate_customer') return [];
  const details = error.details as { duplicates?: unknown } | undefined;
  return Array.isArray(details?.duplicates) ? (details.duplicates as DuplicateCustomer[]) : [];
}

/** Creates a customer; a phone or email already on file shows the matching customers and a "create anyway". */
export function CreateCustomerModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCustomer[]>([]);
  const create = useCreateCustomer();

  const submit = async (values: Values, allowDuplicate = false) => {
    setFormError(null);
    try {
      const customer = await create.mutateAsync({ ...values, tags: values.tags ?? [], contacts: (values.contacts ?? []).filter((c) => c.value.trim() !== ''), allowDuplicate });
      void message.success(t('customers.form.created'));
      onClose();
      void navigate(`/customers/${customer.id}`);
    } catch (error) {
      const found = duplicatesOf(error);
      setDuplicates(found);
      if (found.length === 0) setFormError(applyApiError(form, error, ['name', 'kind', 'tier', 'level', 'tags', 'source', 'notes']));
    }
  };

  return (
    <Modal
      open={open}
      title={t('customers.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
      afterClose={() => {
        setFormError(null);
        setDuplicates([]);
      }}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('customers.duplicates.title')}
          description={
            <>
              {t('customers.duplicates.intro')}
              <List
                size="small"
                dataSource={duplicates}
                renderItem={(d) => (
                  <List.Item actions={[<Link key="open" to={`/customers/${d.id}`} onClick={onClose}>{t('customers.duplicates.open')}</Link>]}>
                    {d.name} · {t('customers.duplicates.matchedOn', { value: d.matchedOn })}
                  </List.Item>
                )}
              />
              <Button
                danger
                size="small"
                loading={create.isPending}
                onClick={() => void form.validateFields().then((values) => submit(values, true))}
              >
                {t('customers.duplicates.createAnyway')}
              </Button>
            </>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) => changed.contacts && setDuplicates([])}
        preserve={false}
        requiredMark={false}
        initialValues={{ kind: 'person', tier: 'potential', level: 'transactional', contacts: [{ kind: 'phone', value: '' }], tags: [] }}
        size="middle"
      >
        <CustomerProfileFields>
          <ContactFields />
        </CustomerProfileFields>
      </Form>
    </Modal>
  );
}
