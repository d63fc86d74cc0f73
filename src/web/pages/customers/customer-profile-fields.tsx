import { Col, Form, Input, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { levels, tiers } from '../../../shared/customers/cadence.ts';
import { segmentKeys } from '../../../shared/schemas/customers.ts';

/** The profile fields shared by the create and edit forms: name, kind, tier, level, segments, tags, source, notes. */
export function CustomerProfileFields({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item name="name" label={t('customers.name')} rules={[{ required: true, whitespace: true, message: t('customers.form.nameRequired') }]}>
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={t('customers.kind')}>
            <Radio.Group
              optionType="button"
              options={(['person', 'organisation'] as const).map((value) => ({ value, label: t(`customers.kinds.${value}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {children}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="tier" label={t('customers.tier')}>
            <Select options={tiers.map((value) => ({ value, label: t(`customers.tiers.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="level" label={t('customers.level')}>
            <Select options={levels.map((value) => ({ value, label: t(`customers.levels.${value}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {segmentKeys.map((key) => (
          <Col span={key === 'values' ? 24 : 12} key={key}>
            <Form.Item name={['segments', key]} label={t(`customers.segmentKeys.${key}`)}>
              <Input maxLength={50} placeholder={t('customers.form.segmentPlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="tags" label={t('customers.tags')}>
        <Select mode="tags" tokenSeparators={[',', '，']} placeholder={t('customers.form.tagsPlaceholder')} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="source" label={t('customers.source')}>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item name="notes" label={t('customers.notes')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
