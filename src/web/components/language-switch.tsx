import { GlobalOutlined } from '@ant-design/icons';
import { App, Flex, Segmented } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../shared/schemas/common.ts';
import { useLanguage } from '../hooks/use-language.ts';

/** Switches the UI between 简体中文 and English; remembered on the account or in the browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale, setLocale, saveError } = useLanguage();

  useEffect(() => {
    if (saveError) void message.warning(t('header.languageSaveFailed', { message: saveError.message }));
  }, [saveError, message, t]);

  return (
    <Flex align="center" gap={6} title={t('header.language')}>
      <GlobalOutlined style={{ color: '#8c8c8c' }} aria-hidden />
      <Segmented<Locale>
        size="small"
        value={locale}
        onChange={setLocale}
        options={locales.map((value) => ({ value, label: t(`locales.${value}`) }))}
        aria-label={t('header.language')}
      />
    </Flex>
  );
}
