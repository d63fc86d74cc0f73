import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiledComplaint } from '../../hooks/use-public-tickets.ts';
import { ComplaintForm } from './complaint-form.tsx';
import { ComplaintSuccess } from './complaint-success.tsx';
import { PublicLayout } from './public-layout.tsx';

/** `/complain`: the public form, then the ticket number and private status link. No login needed. */
export function ComplainPage() {
  const { t } = useTranslation();
  const [filed, setFiled] = useState<FiledComplaint | null>(null);
  useEffect(() => {
    document.title = `${t('service.public.title')} · 聆听`;
  }, [t]);
  useEffect(() => {
    if (filed) window.scrollTo({ top: 0 });
  }, [filed]);
  return (
    <PublicLayout>
      {filed ? <ComplaintSuccess filed={filed} onAnother={() => setFiled(null)} /> : <ComplaintForm onFiled={setFiled} />}
    </PublicLayout>
  );
}
