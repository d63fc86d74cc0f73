import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../../i18n/i18n.ts';
import { useCauses, type Cause } from '../../hooks/use-tickets.ts';

type TreeNode = { value: string; title: string; children?: TreeNode[] };

/** The active causes as a tree for a TreeSelect, names in the UI language. */
export function causeTree(causes: Cause[], locale: 'zh-CN' | 'en'): TreeNode[] {
  const active = causes.filter((c) => c.active);
  const build = (parentId: number | null): TreeNode[] =>
    active
      .filter((c) => c.parentId === parentId)
      .map((c) => {
        const children = build(c.id);
        const node: TreeNode = { value: c.key, title: locale === 'en' ? c.nameEn : c.nameZh };
        return children.length ? { ...node, children } : node;
      });
  return build(null);
}

/** The name of a cause key in the UI language (the key itself when unknown). */
export function useCauseName(): (key: string | null) => string | null {
  const { i18n } = useTranslation();
  const causes = useCauses();
  const locale = toLocale(i18n.language);
  return (key) => {
    if (!key) return null;
    const cause = causes.data?.find((c) => c.key === key);
    return cause ? (locale === 'en' ? cause.nameEn : cause.nameZh) : key;
  };
}

/** A tree select of the cause taxonomy (works as an antd form control). */
export function CauseSelect({ value, onChange, id }: { value?: string | null; onChange?: (value: string | null) => void; id?: string }) {
  const { t, i18n } = useTranslation();
  const causes = useCauses();
  return (
    <TreeSelect<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={causeTree(causes.data ?? [], toLocale(i18n.language))}
      loading={causes.isPending}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder={t('work.intake.causePlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
