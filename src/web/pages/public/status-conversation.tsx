import { CustomerServiceOutlined, PaperClipOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Empty, Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicMessage } from '../../hooks/use-public-tickets.ts';
import { usePublicDateTime } from './public-date.ts';

function Bubble({ message }: { message: PublicMessage }) {
  const { t } = useTranslation();
  const format = usePublicDateTime();
  const mine = message.from === 'customer';
  const who = mine
    ? t('service.public.status.you')
    : message.agent
      ? t('service.public.status.agentSignature', { name: message.agent.name || t('service.public.status.agent'), staffNumber: message.agent.staffNumber })
      : t('service.public.status.serviceTeam');
  return (
    <Flex gap={8} justify={mine ? 'flex-end' : 'flex-start'} data-testid={mine ? 'customer-message' : 'agent-reply'}>
      {!mine && <Avatar icon={<CustomerServiceOutlined />} style={{ background: '#1f6feb', flex: 'none' }} aria-hidden />}
      <div style={{ maxWidth: '82%', minWidth: 0 }}>
        <Flex gap={6} wrap justify={mine ? 'flex-end' : 'flex-start'} style={{ marginBottom: 2 }}>
          <Typography.Text strong style={{ fontSize: 13 }}>
            {who}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {format(message.createdAt)}
          </Typography.Text>
        </Flex>
        <div
          style={{
            background: mine ? '#e8f1ff' : '#ffffff',
            border: `1px solid ${mine ? '#c6dbff' : '#e8e8e8'}`,
            borderRadius: 10,
            padding: '8px 12px',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {message.body}
          {message.attachments.length > 0 && <Files files={message.attachments} />}
        </div>
      </div>
      {mine && <Avatar icon={<UserOutlined />} style={{ flex: 'none' }} aria-hidden />}
    </Flex>
  );
}

function Files({ files }: { files: PublicMessage['attachments'] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ marginTop: 8 }} data-testid="public-attachments">
      {files.map((file) =>
        file.contentType.startsWith('image/') ? (
          <Image key={file.id} src={file.url} alt={file.fileName} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }} />
        ) : (
          <Typography.Link key={file.id} href={file.url} download={file.fileName}>
            <PaperClipOutlined /> {file.fileName} ({t('service.public.status.fileSize', { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })})
          </Typography.Link>
        ),
      )}
    </Flex>
  );
}

/** The public conversation, oldest first; every reply names the agent and their staff number. */
export function StatusConversation({ messages }: { messages: PublicMessage[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <Empty description={t('service.public.status.noMessages')} />;
  return (
    <Flex vertical gap={16}>
      {messages.map((m) => (
        <Bubble key={m.id} message={m} />
      ))}
    </Flex>
  );
}
