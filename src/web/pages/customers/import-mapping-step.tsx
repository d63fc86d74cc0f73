import { Alert, Button, Flex, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields, type ImportField } from '../../../shared/customers/import-fields.ts';
import type { ImportPreview } from '../../api.ts';

/** Which file column feeds which customer field. */
export type Mapping = Partial<Record<ImportField, string>>;

function initialMapping(preview: ImportPreview): Mapping {
  const mapping: Mapping = {};
  for (const field of importFields) {
    const column = preview.suggestedMapping[field];
    if (column && preview.columns.includes(column)) mapping[field] = column;
  }
  return mapping;
}

/** The mapping step: a select per field, prefilled from the server's suggestion, and the first rows of the file. */
export function ImportMappingStep({
  filename,
  preview,
  busy,
  onBack,
  onCheck,
}: {
  filename: string;
  preview: ImportPreview;
  busy: boolean;
  onBack: () => void;
  onCheck: (mapping: Mapping) => void;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(preview));
  const [missingName, setMissingName] = useState(false);
  const options = preview.columns.map((column) => ({ value: column, label: column }));

  const submit = () => {
    if (!mapping.name) {
      setMissingName(true);
      return;
    }
    onCheck(Object.fromEntries(Object.entries(mapping).filter(([, column]) => column)) as Mapping);
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('customers.importWizard.fileInfo', { filename, rows: preview.rowCount, encoding: preview.encoding.toUpperCase() })}
      </Typography.Paragraph>
      {missingName && <Alert type="error" showIcon title={t('customers.importWizard.nameRequired')} style={{ marginBottom: 12 }} />}
      <Form layout="horizontal" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }} size="small">
        <Flex wrap gap={0}>
          {importFields.map((field) => (
            <Form.Item
              key={field}
              label={t(`customers.importWizard.fields.${field}`)}
              required={field === 'name'}
              style={{ width: '50%', marginBottom: 8 }}
              validateStatus={field === 'name' && missingName && !mapping.name ? 'error' : undefined}
            >
              <Select
                allowClear
                aria-label={t(`customers.importWizard.fields.${field}`)}
                data-field={field}
                placeholder={t('customers.importWizard.notMapped')}
                value={mapping[field]}
                options={options}
                onChange={(column?: string) => {
                  setMapping((m) => ({ ...m, [field]: column }));
                  if (field === 'name' && column) setMissingName(false);
                }}
              />
            </Form.Item>
          ))}
        </Flex>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('customers.importWizard.sample')}
      </Typography.Title>
      <Table<Record<string, string>>
        size="small"
        rowKey={(_, index) => String(index)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={preview.sampleRows}
        columns={preview.columns.map((column) => ({ key: column, title: column, dataIndex: column, ellipsis: true }))}
      />
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={onBack}>{t('customers.importWizard.back')}</Button>
        <Button type="primary" loading={busy} onClick={submit}>
          {t('customers.importWizard.dryRun')}
        </Button>
      </Flex>
    </>
  );
}
