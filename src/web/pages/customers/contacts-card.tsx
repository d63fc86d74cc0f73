import { DeleteOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactKinds, type ContactKind } from '../../../shared/customers/contact-values.ts';
import { api, type Contact, type Customer } from '../../api.ts';
import { useInvalidateCustomer, useRevealContact } from '../../hooks/use-customers.ts';

function AddContact({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidateCustomer();
  const [kind, setKind] = useState<ContactKind>('phone');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!value.trim()) return;
    setBusy(true);
    try {
      await api.addContact(customerId, { kind, value: value.trim() });
      setValue('');
      await invalidate(customerId);
      void message.success(t('customers.detail.contactAdded'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact style={{ width: '100%', marginTop: 8 }}>
      <Select<ContactKind> value={kind} onChange={setKind} style={{ width: 90 }} options={contactKinds.map((k) => ({ value: k, label: t(`customers.contactKinds.${k}`) }))} />
      <Input
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onPressEnter={() => void add()}
        placeholder={t('customers.form.contactValue')}
        aria-label={t('customers.form.contactValue')}
        maxLength={200}
      />
      <Button icon={<PlusOutlined />} loading={busy} onClick={() => void add()} aria-label={t('customers.form.addContact')} />
    </Space.Compact>
  );
}

/** The customer's contact details; masked ones can be revealed (audited), writers can add and remove them. */
export function ContactsCard({ customer, writable }: { customer: Customer; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reveal = useRevealContact(customer.id);
  const invalidate = useInvalidateCustomer();
  const [revealed, setRevealed] = useState<Record<number, string>>({});

  const show = (contact: Contact) =>
    reveal.mutateAsync(contact.id).then(
      ({ value }) => {
        setRevealed((r) => ({ ...r, [contact.id]: value }));
        void message.info(t('customers.detail.revealed'));
      },
      (error: Error) => void message.error(error.message),
    );
  const remove = (contact: Contact) =>
    api.removeContact(customer.id, contact.id).then(
      async () => {
        await invalidate(customer.id);
        void message.success(t('customers.detail.contactRemoved'));
      },
      (error: Error) => void message.error(error.message),
    );

  return (
    <Card size="small" title={t('customers.detail.contacts')} style={{ marginBottom: 16 }}>
      <List<Contact>
        size="small"
        dataSource={customer.contacts}
        locale={{ emptyText: t('customers.detail.noContacts') }}
        renderItem={(contact) => (
          <List.Item
            actions={[
              contact.masked && revealed[contact.id] === undefined && (
                <Button key="reveal" size="small" type="link" icon={<EyeOutlined />} loading={reveal.isPending && reveal.variables === contact.id} onClick={() => void show(contact)}>
                  {t('customers.detail.reveal')}
                </Button>
              ),
              writable && (
                <Popconfirm key="remove" title={t('customers.detail.removeContactConfirm')} onConfirm={() => remove(contact)}>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('customers.detail.removeContact')} />
                </Popconfirm>
              ),
            ].filter(Boolean)}
          >
            <Space size={6} wrap>
              <Typography.Text type="secondary" style={{ minWidth: 36, display: 'inline-block' }}>
                {t(`customers.contactKinds.${contact.kind}`)}
              </Typography.Text>
              <Typography.Text copyable={!contact.masked || revealed[contact.id] !== undefined ? { text: revealed[contact.id] ?? contact.value } : false}>
                {revealed[contact.id] ?? contact.value}
              </Typography.Text>
              {contact.label && <Typography.Text type="secondary">({contact.label})</Typography.Text>}
              {contact.primary && <Tag color="blue">{t('customers.detail.primary')}</Tag>}
            </Space>
          </List.Item>
        )}
      />
      {writable && <AddContact customerId={customer.id} />}
    </Card>
  );
}
