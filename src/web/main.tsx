import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { storedLocale } from './i18n/i18n.ts';
import { applyLocale } from './lib/locale.ts';

applyLocale(storedLocale());

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
