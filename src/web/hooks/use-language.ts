import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Locale, type Me } from '../api.ts';
import { toLocale } from '../i18n/i18n.ts';
import { applyLocale } from '../lib/locale.ts';
import { meKey } from './use-me.ts';

/** The current UI language and a switch that persists it (on the account when signed in, in the browser otherwise). */
export function useLanguage() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Locale) => api.updateMe({ locale }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
  const locale = toLocale(i18n.language);
  const setLocale = (next: Locale) => {
    applyLocale(next);
    if (client.getQueryData<Me | null>(meKey)) save.mutate(next);
  };
  return { locale, setLocale, saveError: save.error };
}
