import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { segmentKeys } from '../../../shared/schemas/customers.ts';
import type { Customer } from '../../api.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';

/** The profile: segments on the five dimensions, source, referrer, notes, created and updated. */
export function ProfileCard({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const none = t('common.none');
  return (
    <Card size="small" title={t('customers.detail.profile')} style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          ...segmentKeys.map((key) => ({ key, label: t(`customers.segmentKeys.${key}`), children: c.segments[key] ?? none })),
          { key: 'source', label: t('customers.source'), children: c.source ?? none },
          {
            key: 'referrer',
            label: t('customers.referrer'),
            children: c.referrerId ? <Link to={`/customers/${c.referrerId}`}>{c.referrerName ?? c.referrerId}</Link> : none,
          },
          {
            key: 'notes',
            label: t('customers.notes'),
            children: c.notes ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.notes}</Typography.Paragraph> : none,
          },
          { key: 'created', label: t('customers.createdAt'), children: format(c.createdAt) },
        ]}
      />
    </Card>
  );
}
