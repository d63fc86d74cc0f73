import { Alert, Button, Col, Flex, Radio, Row, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../api.ts';

type DuplicateRow = ImportResult['duplicates'][number];
type ErrorRow = ImportResult['errors'][number];

/** The dry-run report: counts, each bad row with its reason, duplicates with the skip/create choice, and commit. */
export function ImportCheckStep({
  result,
  busy,
  onBack,
  onCommit,
}: {
  result: ImportResult;
  busy: boolean;
  onBack: () => void;
  onCommit: (duplicates: 'skip' | 'create') => void;
}) {
  const { t } = useTranslation();
  const [duplicates, setDuplicates] = useState<'skip' | 'create'>('skip');
  const errorRows = new Set(result.errors.map((e) => e.row)).size;
  // Counted here rather than taken from `result.valid`, which the server currently under-counts when rows fail.
  const valid = result.total - errorRows;
  const count = valid - (duplicates === 'skip' ? result.duplicates.length : 0);

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={t('customers.importWizard.total')} value={result.total} />
        </Col>
        <Col span={6}>
          <Statistic title={t('customers.importWizard.valid')} value={valid} />
        </Col>
        <Col span={6}>
          <Statistic title={t('customers.importWizard.errorRows')} value={errorRows} styles={{ content: errorRows ? { color: '#cf1322' } : undefined }} />
        </Col>
        <Col span={6}>
          <Statistic title={t('customers.importWizard.duplicateRows')} value={result.duplicates.length} />
        </Col>
      </Row>
      {result.errors.length === 0 ? (
        <Alert type="success" showIcon title={t('customers.importWizard.noErrors')} style={{ marginBottom: 16 }} />
      ) : (
        <>
          <Typography.Title level={5}>{t('customers.importWizard.errorsTitle')}</Typography.Title>
          <Table<ErrorRow>
            size="small"
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            dataSource={result.errors}
            pagination={result.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
            columns={[
              { key: 'row', title: t('customers.importWizard.row'), dataIndex: 'row', width: 80 },
              {
                key: 'field',
                title: t('customers.importWizard.field'),
                width: 140,
                render: (_, e) => t(`customers.importWizard.fields.${e.field}`, { defaultValue: e.field }),
              },
              { key: 'message', title: t('customers.importWizard.problem'), dataIndex: 'message' },
            ]}
            style={{ marginBottom: 16 }}
          />
        </>
      )}
      {result.duplicates.length > 0 && (
        <>
          <Typography.Title level={5}>{t('customers.importWizard.duplicatesTitle')}</Typography.Title>
          <Table<DuplicateRow>
            size="small"
            rowKey={(d) => `${d.row}-${d.matchedOn}`}
            dataSource={result.duplicates}
            pagination={result.duplicates.length > 10 ? { pageSize: 10, size: 'small' } : false}
            columns={[
              { key: 'row', title: t('customers.importWizard.row'), dataIndex: 'row', width: 80 },
              {
                key: 'existing',
                title: t('customers.importWizard.existing'),
                render: (_, d) =>
                  d.existingId ? (
                    <Link to={`/customers/${d.existingId}`} target="_blank">
                      {d.name}
                    </Link>
                  ) : (
                    d.name
                  ),
              },
              { key: 'matchedOn', title: t('customers.importWizard.matchedOn'), dataIndex: 'matchedOn' },
            ]}
          />
          <Flex align="center" gap={12} style={{ margin: '12px 0 16px' }}>
            <Typography.Text>{t('customers.importWizard.duplicatesChoice')}</Typography.Text>
            <Radio.Group
              value={duplicates}
              onChange={(e) => setDuplicates(e.target.value as 'skip' | 'create')}
              options={[
                { value: 'skip', label: t('customers.importWizard.skip') },
                { value: 'create', label: t('customers.importWizard.createDup') },
              ]}
            />
          </Flex>
        </>
      )}
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={onBack}>{t('customers.importWizard.back')}</Button>
        <Button type="primary" loading={busy} disabled={result.errors.length > 0 || count <= 0} onClick={() => onCommit(duplicates)}>
          {t('customers.importWizard.commit', { count: Math.max(count, 0) })}
        </Button>
      </Flex>
    </>
  );
}
