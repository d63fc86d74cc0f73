import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { AppProviders } from './components/app-providers.tsx';
import { RequireAuth } from './components/require-auth.tsx';
import { RequireSection } from './components/require-section.tsx';
import type { Section } from './lib/access.ts';
import { AcademyPage } from './pages/academy/academy-page.tsx';
import { CustomerPage } from './pages/customers/customer-page.tsx';
import { CustomersPage } from './pages/customers/customers-page.tsx';
import { DeskPage } from './pages/desk/desk-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { NotFoundPage } from './pages/not-found/not-found-page.tsx';
import { QualityPage } from './pages/quality/quality-page.tsx';
import { ReportsPage } from './pages/reports/reports-page.tsx';
import { SatisfactionPage } from './pages/satisfaction/satisfaction-page.tsx';
import { AuditPage } from './pages/settings/audit-page.tsx';
import { DepartmentsPage } from './pages/settings/departments-page.tsx';
import { ProductsPage } from './pages/settings/products-page.tsx';
import { ServiceCommitmentsPage } from './pages/settings/service-commitments-page.tsx';
import { UsersPage } from './pages/settings/users-page.tsx';
import { TicketsPage } from './pages/tickets/tickets-page.tsx';
import { TokensPage } from './pages/tokens/tokens-page.tsx';

const sectionPages: [Section, ReactNode][] = [
  ['desk', <DeskPage />],
  ['tickets', <TicketsPage />],
  ['customers', <CustomersPage />],
  ['satisfaction', <SatisfactionPage />],
  ['quality', <QualityPage />],
  ['reports', <ReportsPage />],
  ['academy', <AcademyPage />],
];

const settingsPages: [string, ReactNode][] = [
  ['users', <UsersPage />],
  ['departments', <DepartmentsPage />],
  ['service-commitments', <ServiceCommitmentsPage />],
  ['products', <ProductsPage />],
  ['audit', <AuditPage />],
];

/** The whole web client: providers and routes. */
export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route element={<AppLayout />}>
              <Route index element={<Navigate to="/desk" replace />} />
              {sectionPages.map(([section, page]) => (
                <Route key={section} path={section} element={<RequireSection section={section}>{page}</RequireSection>} />
              ))}
              <Route path="customers/:id" element={<RequireSection section="customers"><CustomerPage /></RequireSection>} />
              <Route path="settings" element={<Navigate to="/settings/users" replace />} />
              {settingsPages.map(([path, page]) => (
                <Route key={path} path={`settings/${path}`} element={<RequireSection section="settings">{page}</RequireSection>} />
              ))}
              <Route path="account/tokens" element={<TokensPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </AppProviders>
  );
}
