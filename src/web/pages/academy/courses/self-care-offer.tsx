import { HeartOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { moodOf, suggestedMoodKey } from '../../../../shared/academy/courses/self-care.ts';
import { useSelfCarePin } from '../../../hooks/use-courses.ts';
import { useLocalized } from './course-text.ts';

/** After a difficult ticket closes: the agent's pinned self-talk (or a suggestion) and a way to the self-care page. */
export function SelfCareOffer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const pin = useSelfCarePin();
  const pinned = pin.data?.moodKey ? moodOf(pin.data.moodKey) : undefined;
  const mood = pinned ?? moodOf(suggestedMoodKey)!;
  const navigate = useNavigate();
  const openPage = () => {
    onClose();
    void navigate('/academy?tab=self-care');
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={<Flex gap={8} align="center"><HeartOutlined style={{ color: '#eb2f96' }} />{t('academyCourses.offer.title')}</Flex>}
      footer={[
        <Button key="more" onClick={openPage}>
          {t('academyCourses.offer.more')}
        </Button>,
        <Button key="ok" type="primary" onClick={onClose}>{t('academyCourses.offer.ok')}</Button>,
      ]}
      width={460}
      data-testid="self-care-offer"
    >
      <Typography.Paragraph type="secondary">{t(pinned ? 'academyCourses.offer.pinnedIntro' : 'academyCourses.offer.suggestIntro')}</Typography.Paragraph>
      <Typography.Paragraph strong style={{ fontSize: 17, background: '#fff0f6', padding: '12px 16px', borderRadius: 8 }}>
        {text(mood.selfTalk)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('academyCourses.offer.breathe')}</Typography.Text>
    </Modal>
  );
}
