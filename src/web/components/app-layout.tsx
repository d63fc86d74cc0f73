import { Flex, Layout } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../hooks/use-me.ts';
import { canSearch } from '../lib/access.ts';
import { HeaderSearch } from '../pages/search/header-search.tsx';
import { Brand } from './brand.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SideNav } from './side-nav.tsx';
import { UserMenu } from './user-menu.tsx';

/** The signed-in frame: header with brand, language and user menu; navigation on the left; the page. */
export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const me = useCurrentUser();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ borderBottom: '1px solid #e8e8e8', position: 'sticky', top: 0, zIndex: 10 }}>
        <Flex align="center" justify="space-between" style={{ height: '100%' }}>
          <Brand />
          <Flex align="center" gap={16}>
            {canSearch(me.role) && <HeaderSearch />}
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={208}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          theme="light"
        >
          <SideNav />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0, borderInlineStart: '1px solid #e8e8e8' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
