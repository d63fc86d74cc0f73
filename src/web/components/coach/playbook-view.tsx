import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { textFor } from '../../../shared/tickets/localized.ts';
import type { DifficultType } from '../../../shared/tickets/model.ts';
import { playbooks } from '../../../shared/tickets/playbooks.ts';
import { toLocale } from '../../i18n/i18n.ts';

/** The playbook of one difficult-customer type: signs, what to do in order, what to avoid, model sentences, tone. */
export function PlaybookView({ type }: { type: DifficultType }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const book = playbooks[type];
  const say = (text: Parameters<typeof textFor>[0]) => textFor(text, locale);
  return (
    <Flex vertical gap={6} data-testid="playbook">
      <Typography.Text type="secondary">{say(book.signs)}</Typography.Text>
      <Typography.Text strong>{t('work.playbook.approach')}</Typography.Text>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {book.approach.map((step, i) => (
          <li key={i}>{say(step)}</li>
        ))}
      </ol>
      <Typography.Text strong>{t('work.playbook.avoid')}</Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {book.avoid.map((item, i) => (
          <li key={i}>
            <Typography.Text type="danger">{say(item)}</Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Text strong>{t('work.playbook.phrases')}</Typography.Text>
      {book.samplePhrases.map((phrase, i) => (
        <Typography.Paragraph key={i} copyable style={{ margin: 0, paddingInlineStart: 8, borderInlineStart: '3px solid #b7eb8f' }}>
          {say(phrase)}
        </Typography.Paragraph>
      ))}
      <div>
        <Tag color="blue">{t('work.playbook.tone')}</Tag>
        {say(book.toneHint)}
      </div>
    </Flex>
  );
}
