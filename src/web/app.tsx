import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { AppProviders } from './components/app-providers.tsx';
import { RequireAuth } from './components/require-auth.tsx';
import { RequireSection } from './components/require-section.tsx';
import type { Section } from './lib/access.ts';
import { AcademyPage } from './pages/academy/academy-page.tsx';
import { BoardPage } from './pages/board/board-page.tsx';
import { CustomerPage } from './pages/customers/customer-page.tsx';
import { CustomersPage } from './pages/customers/customers-page.tsx';
import { DeskPage } from './pages/desk/desk-page.tsx';
import { FollowUpsPage } from './pages/follow-ups/follow-ups-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { NotFoundPage } from './pages/not-found/not-found-page.tsx';
import { ComplainPage } from './pages/public/complain-page.tsx';
import { StatusPage } from './pages/public/status-page.tsx';
import { QualityPage } from './pages/quality/quality-page.tsx';
import { ReportsPage } from './pages/reports/reports-page.tsx';
import { SatisfactionPage } from './pages/satisfaction/satisfaction-page.tsx';
import { SearchPage } from './pages/search/search-page.tsx';
import { AuditPage } from './pages/settings/audit-page.tsx';
import { CoachRulesPage } from './pages/settings/coach-rules-page.tsx';
import { CausesPage } from './pages/settings/causes-page.tsx';
import { DepartmentsPage } from './pages/settings/departments-page.tsx';
import { ProductsPage } from './pages/settings/products-page.tsx';
import { ServiceCommitmentsPage } from './pages/settings/service-commitments-page.tsx';
import { SlaPoliciesPage } from './pages/settings/sla-policies-page.tsx';
import { UsersPage } from './pages/settings/users-page.tsx';
import { NewTicketPage } from './pages/tickets/new-ticket-page.tsx';
import { TicketPage } from './pages/tickets/ticket-page.tsx';
import { TicketsPage } from './pages/tickets/tickets-page.tsx';
import { TokensPage } from './pages/tokens/tokens-page.tsx';

const sectionPages: [Section, ReactNode][] = [
  ['desk', <DeskPage />],
  ['tickets', <TicketsPage />],
  ['follow-ups', <FollowUpsPage />],
  ['customers', <CustomersPage />],
  ['satisfaction', <SatisfactionPage />],
  ['quality', <QualityPage />],
  ['reports', <ReportsPage />],
  ['academy', <AcademyPage />],
  ['board', <BoardPage />],
];

const settingsPages: [string, ReactNode][] = [
  ['users', <UsersPage />],
  ['departments', <DepartmentsPage />],
  ['service-commitments', <ServiceCommitmentsPage />],
  ['products', <ProductsPage />],
  ['causes', <CausesPage />],
  ['sla-policies', <SlaPoliciesPage />],
  ['coach-rules', <CoachRulesPage />],
  ['audit', <AuditPage />],
];

/** The whole web client: providers and routes. */
export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/complain" element={<ComplainPage />} />
          <Route path="/status/:number" element={<StatusPage />} />
          <Route element={<RequireAuth />}>
            <Route element={<AppLayout />}>
              <Route index element={<Navigate to="/desk" replace />} />
              {sectionPages.map(([section, page]) => (
                <Route key={section} path={section} element={<RequireSection section={section}>{page}</RequireSection>} />
              ))}
              <Route path="customers/:id" element={<RequireSection section="customers"><CustomerPage /></RequireSection>} />
              <Route path="tickets/new" element={<RequireSection section="tickets"><NewTicketPage /></RequireSection>} />
              <Route path="tickets/:id" element={<RequireSection section="tickets"><TicketPage /></RequireSection>} />
              <Route path="settings" element={<Navigate to="/settings/users" replace />} />
              {settingsPages.map(([path, page]) => (
                <Route key={path} path={`settings/${path}`} element={<RequireSection section="settings">{page}</RequireSection>} />
              ))}
              <Route path="search" element={<SearchPage />} />
              <Route path="account/tokens" element={<TokensPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </AppProviders>
  );
}
