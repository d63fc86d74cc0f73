import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateProduct, useCreatePurchase, useProducts } from '../../hooks/use-purchases.ts';
import { useToday } from '../../hooks/use-format.ts';
import { applyApiError } from '../../lib/form-errors.ts';

type Values = { productId: number; serial?: string; purchasedOn: Dayjs; channel?: string; price?: number | null };

function NewProduct({ onCreated }: { onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateProduct();
  const [name, setName] = useState('');
  const [model, setModel] = useState('');
  const [category, setCategory] = useState('');
  const add = () => {
    if (!name.trim()) return;
    create.mutateAsync({ name: name.trim(), model: model.trim() || null, category: category.trim() || null }).then(
      (product) => {
        setName('');
        setModel('');
        setCategory('');
        void message.success(t('customers.purchase.productCreated'));
        onCreated(product.id);
      },
      (error: Error) => void message.error(error.message),
    );
  };
  // Keys typed here must not reach the select's own search.
  return (
    <Space.Compact style={{ padding: '0 8px 4px', width: '100%' }} onKeyDown={(e) => e.stopPropagation()}>
      <Input placeholder={t('customers.purchase.productName')} aria-label={t('customers.purchase.productName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      <Input placeholder={t('customers.purchase.productModel')} aria-label={t('customers.purchase.productModel')} value={model} onChange={(e) => setModel(e.target.value)} maxLength={50} />
      <Input placeholder={t('customers.purchase.productCategory')} aria-label={t('customers.purchase.productCategory')} value={category} onChange={(e) => setCategory(e.target.value)} maxLength={50} />
      <Button icon={<PlusOutlined />} loading={create.isPending} onClick={add}>
        {t('customers.purchase.newProduct')}
      </Button>
    </Space.Compact>
  );
}

/** Records a purchase: choose a product (or create one in place), serial, date (not in the future), channel, price. */
export function AddPurchaseModal({ customerId, open, onClose }: { customerId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const products = useProducts();
  const create = useCreatePurchase();
  const today = useToday();

  const submit = async (values: Values) => {
    setFormError(null);
    try {
      await create.mutateAsync({
        customerId,
        productId: values.productId,
        serial: values.serial?.trim() || null,
        purchasedOn: values.purchasedOn.format('YYYY-MM-DD'),
        channel: values.channel?.trim() || null,
        price: values.price ?? null,
      });
      void message.success(t('customers.purchase.added'));
      onClose();
    } catch (error) {
      setFormError(applyApiError(form, error, ['productId', 'serial', 'purchasedOn', 'channel', 'price']));
    }
  };

  return (
    <Modal
      open={open}
      title={t('customers.purchase.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={600}
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false} requiredMark={false} initialValues={{ purchasedOn: dayjs(today) }}>
        <Form.Item name="productId" label={t('customers.purchase.product')} rules={[{ required: true, message: t('customers.purchase.productRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={products.isPending}
            options={(products.data ?? []).map((p) => ({ value: p.id, label: [p.name, p.model, p.category && `(${p.category})`].filter(Boolean).join(' ') }))}
            popupRender={(menu) => (
              <>
                {menu}
                <Divider style={{ margin: '8px 0' }} />
                <NewProduct onCreated={(id) => form.setFieldValue('productId', id)} />
              </>
            )}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="purchasedOn" label={t('customers.purchase.purchasedOn')} rules={[{ required: true, message: t('customers.purchase.purchasedOnRequired') }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="serial" label={t('customers.purchase.serial')}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="channel" label={t('customers.purchase.channel')}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="price" label={t('customers.purchase.price')}>
              <InputNumber min={0} max={100_000_000} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
