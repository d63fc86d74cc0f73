import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentTypes } from '../../../shared/tickets/attachment-rules.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { attachmentUrl, removeAttachment, uploadAttachment } from '../../hooks/use-ticket-files.ts';

/** A file in the reply editor: uploading, uploaded (with its attachment id) or refused. */
export type PendingFile = UploadFile & { attachmentId?: number };

/**
 * Uploads files to the ticket as soon as they are picked, with thumbnails; they go out with the next message.
 * The server checks each file's real type and size and its refusal (with the limit) is shown on the file.
 */
export function AttachmentUploader({ ticketId, files, onChange }: { ticketId: number; files: PendingFile[]; onChange: (update: (files: PendingFile[]) => PendingFile[]) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const patch = (uid: string, change: Partial<PendingFile>) => onChange((list) => list.map((f) => (f.uid === uid ? { ...f, ...change } : f)));
  return (
    <div data-testid="attachment-uploader">
      <Upload
        multiple
        listType="picture"
        accept={attachmentTypes.join(',')}
        fileList={files}
        customRequest={({ file }) => {
          const raw = file as File & { uid: string };
          uploadAttachment(ticketId, raw, me.csrfToken, toLocale(i18n.language))
            .then((a) => patch(raw.uid, { status: 'done', attachmentId: a.id, url: attachmentUrl(ticketId, a.id), thumbUrl: a.contentType.startsWith('image/') ? attachmentUrl(ticketId, a.id) : undefined }))
            .catch((error: Error) => {
              patch(raw.uid, { status: 'error', response: error.message });
              void message.error(error.message);
            });
        }}
        onChange={({ file }) => {
          if (file.status === 'uploading' && !files.some((f) => f.uid === file.uid)) onChange((list) => [...list, { ...file, status: 'uploading' }]);
        }}
        onRemove={async (file: PendingFile) => {
          if (file.attachmentId) {
            try {
              await removeAttachment(ticketId, file.attachmentId);
            } catch {
              void message.error(t('work.attachments.removeFailed'));
              return false;
            }
          }
          onChange((list) => list.filter((f) => f.uid !== file.uid));
          return false;
        }}
      >
        <Button size="small" icon={<PaperClipOutlined />} data-testid="attach-button">
          {t('work.attachments.add')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('work.attachments.hint')}
      </Typography.Text>
    </div>
  );
}
