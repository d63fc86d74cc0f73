import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../components/brand.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';

/** The frame of the customers' pages: brand and language on top, one narrow column that fits a phone. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #eef4ff 0%, #f5f7fa 320px)' }}>
      <Flex align="center" justify="space-between" gap={8} wrap style={{ padding: '12px 16px', maxWidth: 720, width: '100%', margin: '0 auto', boxSizing: 'border-box' }}>
        <Link to="/complain" aria-label={t('service.public.home')}>
          <Brand size={16} />
        </Link>
        <LanguageSwitch />
      </Flex>
      <main style={{ flex: 1, width: '100%', maxWidth: 720, margin: '0 auto', padding: '0 12px 32px', boxSizing: 'border-box' }}>{children}</main>
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12, padding: '0 16px 24px' }}>
        {t('service.public.footer')}
      </Typography.Text>
    </Flex>
  );
}
