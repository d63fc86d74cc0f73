import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAttachmentMaxBytes } from '../../shared/tickets/attachment-rules.ts';
import { loginAs, startTestApp, type SessionClient, type TestApp } from '../test/test-app.ts';
import { testDialects } from '../test/test-db.ts';

// A real 1×1 PNG and the start of a real PDF: the server judges files by these bytes, never by their names.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A multipart body with one file, as a browser's form upload sends it. */
function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----lingting-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testDialects())('ticket attachments on %s', (dialect) => {
  let t: TestApp;
  let agent: SessionClient;
  let ticketId: number;
  let customerId: number;

  const upload = async (client: SessionClient, id: number, name: string, content: Buffer, type?: string) => {
    const { body, headers } = multipart(name, content, type);
    return client.request('POST', `/api/v1/tickets/${id}/attachments`, body, headers);
  };
  const openTicket = async () => {
    const response = await agent.request('POST', '/api/v1/tickets', { kind: 'complaint', channel: 'phone', customerId, subject: '屏幕裂纹，附照片' });
    return response.json().id as number;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await loginAs(t.app, 'agent1@lingting.demo');
    customerId = (await agent.request('POST', '/api/v1/customers', { name: '吴先生', tier: 'current', contacts: [{ kind: 'phone', value: '13522220000' }] })).json().id;
    ticketId = await openTicket();
  });
  afterAll(() => t.close());

  it('stores an image, sends it with a reply, and serves back the same bytes inline with safe headers', async () => {
    const uploaded = await upload(agent, ticketId, '屏幕照片.png', png, 'image/png');
    expect(uploaded.statusCode).toBe(201);
    const attachment = uploaded.json();
    expect(attachment).toMatchObject({ fileName: '屏幕照片.png', contentType: 'image/png', sizeBytes: png.length, messageId: null });

    const sent = await agent.request('POST', `/api/v1/tickets/${ticketId}/messages`, { body: '您好，照片已收到，我们马上安排检测。', attachmentIds: [attachment.id] });
    expect(sent.statusCode).toBe(201);
    const message = sent.json().messages.at(-1);
    expect(message.attachments).toEqual([{ ...attachment, messageId: message.id }]);

    const download = await agent.request('GET', `/api/v1/tickets/${ticketId}/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(`inline; filename="____.png"; filename*=UTF-8''${encodeURIComponent('屏幕照片.png')}`);
  });

  it('sends a PDF as a download, and lets a message carry only files', async () => {
    const attachment = (await upload(agent, ticketId, '维修单.pdf', pdf, 'application/pdf')).json();
    const sent = await agent.request('POST', `/api/v1/tickets/${ticketId}/messages`, { visibility: 'internal', attachmentIds: [attachment.id] });
    expect(sent.statusCode).toBe(201);
    const download = await agent.request('GET', `/api/v1/tickets/${ticketId}/attachments/${attachment.id}`);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    const empty = await agent.request('POST', `/api/v1/tickets/${ticketId}/messages`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].message).toBe('请填写消息内容，或附上文件。');
  });

  it('refuses a file whose bytes are not an accepted type, whatever its name says', async () => {
    const fake = await upload(agent, ticketId, 'photo.png', Buffer.from('MZ\x90\x00 this is really a program'), 'image/png');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error).toMatchObject({ code: 'attachment_type_refused' });
    expect(fake.json().error.message).toContain('PNG、JPEG、GIF、WebP');
    const svg = await upload(agent, ticketId, 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/png');
    expect(svg.statusCode).toBe(415);
  });

  it('refuses a file over the limit and states the limit', async () => {
    const big = Buffer.concat([png, Buffer.alloc(defaultAttachmentMaxBytes + 1 - png.length)]);
    const response = await upload(agent, ticketId, 'big.png', big, 'image/png');
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'attachment_too_large', message: '文件超过大小上限 10 MB，请压缩或拆分后再上传。', details: { limitBytes: defaultAttachmentMaxBytes } });
    const english = await agent.request('POST', `/api/v1/tickets/${ticketId}/attachments`, multipart('big.png', big).body, { ...multipart('big.png', big).headers, 'accept-language': 'en' });
    expect(english.json().error.message).toContain('10 MB limit');
  });

  it('refuses ids of another ticket or ones already sent', async () => {
    const other = await openTicket();
    const foreign = (await upload(agent, other, 'a.png', png)).json();
    const wrongTicket = await agent.request('POST', `/api/v1/tickets/${ticketId}/messages`, { body: '附件', attachmentIds: [foreign.id] });
    expect(wrongTicket.statusCode).toBe(400);
    expect(wrongTicket.json().error.code).toBe('attachment_not_available');
    await agent.request('POST', `/api/v1/tickets/${other}/messages`, { body: '第一次', attachmentIds: [foreign.id] });
    const again = await agent.request('POST', `/api/v1/tickets/${other}/messages`, { body: '第二次', attachmentIds: [foreign.id] });
    expect(again.json().error.code).toBe('attachment_not_available');
  });

  it('lets only those who may see the ticket download its files', async () => {
    const attachment = (await upload(agent, ticketId, 'x.png', png)).json();
    const url = `/api/v1/tickets/${ticketId}/attachments/${attachment.id}`;
    expect((await (await loginAs(t.app, 'inspector@lingting.demo')).request('GET', url)).statusCode).toBe(200);
    expect((await (await loginAs(t.app, 'trainer@lingting.demo')).request('GET', url)).statusCode).toBe(403);
    // The R&D member sees only tickets routed to R&D: this one does not exist for them.
    const rnd = await loginAs(t.app, 'rnd@lingting.demo');
    expect((await rnd.request('GET', url)).statusCode).toBe(404);
    expect((await upload(rnd, ticketId, 'y.png', png)).statusCode).toBe(404);
  });

  it('deletes an unsent upload (audited) but never a sent one', async () => {
    const unsent = (await upload(agent, ticketId, 'draft.png', png)).json();
    const other = await loginAs(t.app, 'agent2@lingting.demo');
    expect((await other.request('DELETE', `/api/v1/tickets/${ticketId}/attachments/${unsent.id}`)).statusCode).toBe(403);
    expect((await agent.request('DELETE', `/api/v1/tickets/${ticketId}/attachments/${unsent.id}`)).statusCode).toBe(200);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'before_json']).where('action', '=', 'attachment.deleted').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toMatchObject({ id: unsent.id, fileName: 'draft.png' });
    const sent = (await agent.request('GET', `/api/v1/tickets/${ticketId}`)).json().messages[1].attachments[0];
    expect((await agent.request('DELETE', `/api/v1/tickets/${ticketId}/attachments/${sent.id}`)).json().error.code).toBe('attachment_already_sent');
  });

  it('refuses new attachments on a closed ticket', async () => {
    const closed = await openTicket();
    await t.db.updateTable('tickets').set({ status: 'closed' }).where('id', '=', closed).execute();
    const response = await upload(agent, closed, 'late.png', png);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ticket_closed');
  });

  it('shows the customer the files of public replies only, through their status link', async () => {
    const challenge = (await t.app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json();
    const answer = challenge.id && Number(Buffer.from(challenge.id, 'base64url').toString().split('.')[0]);
    const filed = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        payload: { kind: 'complaint', name: '周女士', phone: '13700001111', subject: '快递破损', content: '收到的包裹破了，气死我了！', challengeId: challenge.id, challengeAnswer: answer },
      })
    ).json();
    const id = (await t.db.selectFrom('tickets').select('id').where('number', '=', filed.number).executeTakeFirstOrThrow()).id;
    const publicFile = (await upload(agent, id, '回执.pdf', pdf)).json();
    const internalFile = (await upload(agent, id, '内部.png', png)).json();
    await agent.request('POST', `/api/v1/tickets/${id}/messages`, { body: '已为您登记，回执见附件。', attachmentIds: [publicFile.id] });
    await agent.request('POST', `/api/v1/tickets/${id}/messages`, { body: '仓库照片', visibility: 'internal', attachmentIds: [internalFile.id] });
    const status = (await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${filed.number}?key=${filed.statusKey}` })).json();
    const files = status.messages.flatMap((m: { attachments: unknown[] }) => m.attachments);
    expect(files).toEqual([expect.objectContaining({ id: publicFile.id, fileName: '回执.pdf' })]);
    const download = await t.app.inject({ method: 'GET', url: files[0].url });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const hidden = await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${filed.number}/attachments/${internalFile.id}?key=${filed.statusKey}` });
    expect(hidden.statusCode).toBe(404);
    const wrongKey = await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${filed.number}/attachments/${publicFile.id}?key=not-the-right-key` });
    expect(wrongKey.statusCode).toBe(404);
  });
});
