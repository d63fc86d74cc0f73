import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Section } from '../lib/access.ts';
import { PageHeader } from './page-header.tsx';

// The sections still waiting for their feature; each shows an honest empty state until it lands.
type PlannedSection = Extract<Section, 'satisfaction' | 'quality' | 'reports'>;

/** An honest empty state for a section a later version fills: what will appear here, and no fake data. */
export function EmptySection({ section }: { section: PlannedSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`pages.${section}.title`)} />
      <Card>
        <Empty
          style={{ padding: '48px 0' }}
          description={
            <>
              <Typography.Paragraph style={{ fontSize: 15 }}>{t(`pages.${section}.description`)}</Typography.Paragraph>
              <Typography.Text type="secondary">{t('pages.comingSoon')}</Typography.Text>
            </>
          }
        />
      </Card>
    </>
  );
}
