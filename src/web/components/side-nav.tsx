import {
  ApartmentOutlined,
  AppstoreOutlined,
  BarChartOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FieldTimeOutlined,
  HistoryOutlined,
  MessageOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SettingOutlined,
  SmileOutlined,
  TagsOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../hooks/use-me.ts';
import { sectionsFor, type Section } from '../lib/access.ts';

const icons: Record<Section, ReactNode> = {
  desk: <DesktopOutlined />,
  tickets: <ProfileOutlined />,
  'follow-ups': <PhoneOutlined />,
  board: <DashboardOutlined />,
  customers: <TeamOutlined />,
  satisfaction: <SmileOutlined />,
  quality: <SafetyCertificateOutlined />,
  reports: <BarChartOutlined />,
  academy: <ReadOutlined />,
  settings: <SettingOutlined />,
};

// Sections whose label lives in a feature's translation file.
const navLabelKeys: Partial<Record<Section, string>> = { 'follow-ups': 'work.nav.followUps', board: 'service.nav.board' };

/** The left navigation: the sections the user's role may open. */
export function SideNav() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items: MenuProps['items'] = sectionsFor(me.role).map((section) =>
    section === 'settings'
      ? {
          key: 'settings',
          icon: icons.settings,
          label: t('nav.settings'),
          children: [
            { key: '/settings/users', icon: <UserOutlined />, label: t('nav.users') },
            { key: '/settings/departments', icon: <ApartmentOutlined />, label: t('nav.departments') },
            { key: '/settings/service-commitments', icon: <SafetyOutlined />, label: t('nav.serviceCommitments') },
            { key: '/settings/products', icon: <AppstoreOutlined />, label: t('nav.products') },
            { key: '/settings/causes', icon: <TagsOutlined />, label: t('service.nav.causes') },
            { key: '/settings/sla-policies', icon: <FieldTimeOutlined />, label: t('service.nav.slaPolicies') },
            { key: '/settings/coach-rules', icon: <MessageOutlined />, label: t('nav.coachRules') },
            { key: '/settings/audit', icon: <HistoryOutlined />, label: t('nav.audit') },
          ],
        }
      : { key: `/${section}`, icon: icons[section], label: t(navLabelKeys[section] ?? `nav.${section}`) },
  );
  const selected = pathname.split('/').slice(0, pathname.startsWith('/settings') ? 3 : 2).join('/');

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      defaultOpenKeys={pathname.startsWith('/settings') ? ['settings'] : []}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('nav.label')}
    />
  );
}
