import { MessageOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CANNED_SCENARIOS, cannedReplies, fillCannedReply, type CannedVariables } from '../../../shared/coach/canned-replies.ts';
import { toLocale } from '../../i18n/i18n.ts';

/** A searchable picker of the canned-reply library by scenario, variables filled in; picks hand the text over. */
export function CannedReplyPicker({ variables, onPick }: { variables: CannedVariables; onPick: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const options = CANNED_SCENARIOS.map((scenario) => ({
    label: t(`work.coach.scenarios.${scenario}`),
    title: scenario,
    options: cannedReplies
      .filter((r) => r.scenario === scenario)
      .map((r) => {
        const text = fillCannedReply(r.text[locale], variables);
        return { value: r.id, label: text, text };
      }),
  }));
  return (
    <Select<string, { value?: string; label: string; text?: string }>
      size="small"
      showSearch={{ optionFilterProp: 'label' }}
      value={null}
      placeholder={
        <span>
          <MessageOutlined /> {t('work.coach.canned')}
        </span>
      }
      options={options}
      onSelect={(_, option) => option.text && onPick(option.text)}
      style={{ width: 260 }}
      popupMatchSelectWidth={520}
      aria-label={t('work.coach.canned')}
      data-testid="canned-picker"
    />
  );
}
