import Image from '@tiptap/extension-image';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Flex, Input, Popover, Space, Tooltip, Upload, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxImageChars } from '../../../../shared/schemas/academy-courses.ts';

type Props = { value?: string; onChange?: (html: string) => void; testId?: string };

const editorCss = `
.lt-editor .tiptap { min-height: 220px; padding: 8px 12px; outline: none; line-height: 1.8; }
.lt-editor .tiptap img { max-width: 100%; }
.lt-editor .tiptap img.ProseMirror-selectednode { outline: 2px solid #1677ff; }
.lt-editor .tiptap blockquote { border-left: 3px solid #91caff; margin: 8px 0; padding-left: 12px; }
`;

/** Reads a picked image as a data: URL, refusing ones too large to keep inline. */
function readImage(file: File): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' && reader.result.length <= maxImageChars ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

/** The lesson editor: headings, emphasis, lists, quotes and images (inline up to a size, or by link). */
export function RichTextEditor({ value = '', onChange, testId }: Props) {
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false }), Image.configure({ allowBase64: true })],
    content: value,
    shouldRerenderOnTransaction: true,
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });
  // Follow outside changes (form reset, another lesson) without fighting the user's own typing.
  useEffect(() => {
    if (editor && value !== editor.getHTML() && !(value === '' && editor.isEmpty)) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  if (!editor) return null;

  const chain = () => editor.chain().focus();
  const mark = (active: boolean) => (active ? 'primary' : 'default');
  const addImage = async (file: File) => {
    const src = await readImage(file);
    if (src) chain().setImage({ src, alt: file.name }).run();
    else void message.error(t('academyCourses.editor.imageTooLarge', { size: Math.round((maxImageChars * 3) / 4 / 1024) }));
    return false;
  };
  const addLink = () => {
    if (/^https?:\/\//.test(link)) chain().setImage({ src: link }).run();
    setLink('');
  };

  return (
    <div className="lt-editor" style={{ border: '1px solid #d9d9d9', borderRadius: 6 }} data-testid={testId}>
      <style>{editorCss}</style>
      <Flex gap={4} wrap style={{ padding: 6, borderBottom: '1px solid #f0f0f0' }}>
        <Space.Compact>
          <Button size="small" type={mark(editor.isActive('heading', { level: 2 }))} onClick={() => chain().toggleHeading({ level: 2 }).run()}>H2</Button>
          <Button size="small" type={mark(editor.isActive('heading', { level: 3 }))} onClick={() => chain().toggleHeading({ level: 3 }).run()}>H3</Button>
        </Space.Compact>
        <Space.Compact>
          <Tooltip title={t('academyCourses.editor.bold')}><Button size="small" type={mark(editor.isActive('bold'))} onClick={() => chain().toggleBold().run()}><b>B</b></Button></Tooltip>
          <Tooltip title={t('academyCourses.editor.italic')}><Button size="small" type={mark(editor.isActive('italic'))} onClick={() => chain().toggleItalic().run()}><i>I</i></Button></Tooltip>
        </Space.Compact>
        <Space.Compact>
          <Button size="small" type={mark(editor.isActive('bulletList'))} onClick={() => chain().toggleBulletList().run()}>{t('academyCourses.editor.bullets')}</Button>
          <Button size="small" type={mark(editor.isActive('orderedList'))} onClick={() => chain().toggleOrderedList().run()}>{t('academyCourses.editor.numbers')}</Button>
          <Button size="small" type={mark(editor.isActive('blockquote'))} onClick={() => chain().toggleBlockquote().run()}>{t('academyCourses.editor.quote')}</Button>
        </Space.Compact>
        <Upload accept="image/png,image/jpeg,image/gif,image/webp" showUploadList={false} beforeUpload={(file) => addImage(file)}>
          <Button size="small">{t('academyCourses.editor.uploadImage')}</Button>
        </Upload>
        <Popover
          trigger="click"
          content={
            <Space.Compact>
              <Input size="small" placeholder="https://…" value={link} onChange={(e) => setLink(e.target.value)} onPressEnter={addLink} style={{ width: 260 }} />
              <Button size="small" onClick={addLink}>{t('academyCourses.editor.insert')}</Button>
            </Space.Compact>
          }
        >
          <Button size="small">{t('academyCourses.editor.imageLink')}</Button>
        </Popover>
      </Flex>
      <EditorContent editor={editor} />
    </div>
  );
}
