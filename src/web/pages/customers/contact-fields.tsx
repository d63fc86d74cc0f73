import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactKinds } from '../../../shared/customers/contact-values.ts';

/** An editable list of contact details (kind and value) for the create form; empty rows are ignored. */
export function ContactFields() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('customers.form.contacts')} style={{ marginBottom: 8 }}>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <Space.Compact key={key} style={{ display: 'flex', marginBottom: 8 }}>
                <Form.Item name={[name, 'kind']} noStyle>
                  <Select style={{ width: 96 }} options={contactKinds.map((value) => ({ value, label: t(`customers.contactKinds.${value}`) }))} />
                </Form.Item>
                <Form.Item name={[name, 'value']} noStyle>
                  <Input placeholder={t('customers.form.contactValue')} aria-label={t('customers.form.contactValue')} maxLength={200} autoComplete="off" />
                </Form.Item>
                <Button icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('common.delete')} />
              </Space.Compact>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'phone', value: '' })} block>
              {t('customers.form.addContact')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
