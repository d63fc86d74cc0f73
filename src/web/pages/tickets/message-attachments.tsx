import { FilePdfOutlined } from '@ant-design/icons';
import { Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../shared/tickets/attachment-rules.ts';
import { attachmentUrl, type Attachment } from '../../hooks/use-ticket-files.ts';

/** The files sent with a message: image thumbnails that open a preview, PDFs as download links. */
export function MessageAttachments({ ticketId, attachments }: { ticketId: number; attachments: Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => a.contentType.startsWith('image/'));
  const documents = attachments.filter((a) => !a.contentType.startsWith('image/'));
  return (
    <Flex vertical gap={6} style={{ marginTop: 6 }} data-testid="message-attachments">
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex gap={6} wrap>
            {images.map((a) => (
              <Image
                key={a.id}
                src={attachmentUrl(ticketId, a.id)}
                alt={a.fileName}
                width={96}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4, border: '1px solid #e8e8e8' }}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {documents.map((a) => (
        <Typography.Link key={a.id} href={attachmentUrl(ticketId, a.id)} download={a.fileName} aria-label={t('work.attachments.download', { name: a.fileName })} data-testid="attachment-file">
          <FilePdfOutlined /> {a.fileName} <Typography.Text type="secondary">({formatBytes(a.sizeBytes)})</Typography.Text>
        </Typography.Link>
      ))}
    </Flex>
  );
}
