import { Alert, Button, Card, Flex, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FiledComplaint } from '../../hooks/use-public-tickets.ts';
import { CopyButton } from './copy-button.tsx';
import { statusPath, statusUrl } from './status-link.ts';

/** What the customer sees after filing: the ticket number and the private status link to keep. */
export function ComplaintSuccess({ filed, onAnother }: { filed: FiledComplaint; onAnother: () => void }) {
  const { t } = useTranslation();
  const link = statusUrl(window.location.origin, filed.number, filed.statusKey);
  return (
    <Card>
      <Result
        status="success"
        title={t('service.public.success.title')}
        subTitle={t('service.public.success.subtitle')}
        style={{ padding: '16px 0' }}
      />
      <Flex vertical gap={16}>
        <div>
          <Typography.Text type="secondary">{t('service.public.success.number')}</Typography.Text>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong style={{ fontSize: 22, letterSpacing: 1 }} data-testid="ticket-number">
              {filed.number}
            </Typography.Text>
            <CopyButton text={filed.number} label={t('service.public.success.copyNumber')} />
          </Flex>
        </div>
        <div>
          <Typography.Text type="secondary">{t('service.public.success.link')}</Typography.Text>
          <Input readOnly value={link} onFocus={(e) => e.target.select()} aria-label={t('service.public.success.link')} style={{ marginTop: 4 }} />
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <CopyButton text={link} label={t('service.public.success.copyLink')} />
          </Flex>
        </div>
        <Alert type="warning" showIcon title={t('service.public.success.keepPrivate')} />
        <Link to={statusPath(filed.number, filed.statusKey)}>
          <Button type="primary" size="large" block>
            {t('service.public.success.open')}
          </Button>
        </Link>
        <Button type="link" onClick={onAnother}>
          {t('service.public.success.another')}
        </Button>
      </Flex>
    </Card>
  );
}
