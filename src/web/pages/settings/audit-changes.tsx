import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api.ts';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <pre style={{ margin: 0, padding: 8, background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** The before and after of one audit entry, as indented JSON (rendered as text). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.before == null && entry.after == null) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Typography.Title level={5} style={{ fontSize: 13 }}>{t('audit.before')}</Typography.Title>
        <Json value={entry.before} />
      </Col>
      <Col xs={24} md={12}>
        <Typography.Title level={5} style={{ fontSize: 13 }}>{t('audit.after')}</Typography.Title>
        <Json value={entry.after} />
      </Col>
    </Row>
  );
}
