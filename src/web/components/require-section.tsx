import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../hooks/use-me.ts';
import { canSee, type Section } from '../lib/access.ts';

/** Shows its children only to roles that may open the section; others get a plain "not allowed" page. */
export function RequireSection({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!canSee(me.role, section)) return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
  return children;
}
