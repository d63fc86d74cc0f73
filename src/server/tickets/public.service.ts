import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { normalizePhone } from '../../shared/customers/contact-values.ts';
import { localDate } from '../../shared/customers/dates.ts';
import type { Locale } from '../../shared/schemas/common.ts';
import type { publicComplaintBodySchema } from '../../shared/schemas/tickets.ts';
import { sha256 } from '../auth/secrets.ts';
import { insertCustomersBulk } from '../customers/customer-bulk.ts';
import { selectSetting } from '../settings/settings.queries.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { groupByMessage } from './attachments.view.ts';
import { selectTicketAttachments } from './attachments.queries.ts';
import { recordCustomerEmotion } from './customer-emotion.ts';
import { reindexTicket } from './ticket-search.ts';
import { findTicketIdByNumber, insertEvent, insertMessage, selectMessages } from './tickets.queries.ts';
import { openTicket } from './tickets.service.ts';

async function challengeSecret(db: Db): Promise<string> {
  const stored = (await selectSetting(db, 'challenge_secret')) as string | undefined;
  if (stored) return stored;
  const secret = randomBytes(32).toString('hex');
  await db
    .insertInto('company_settings')
    .values({ key: 'challenge_secret', value_json: JSON.stringify(secret), updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return ((await selectSetting(db, 'challenge_secret')) as string) ?? secret;
}

function sign(secret: string, payload: string) {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A small sum to answer against bots; its id carries the signed answer and an expiry, so no state is kept. */
export async function newChallenge(db: Db, locale: Locale) {
  const a = randomInt(2, 10);
  const b = randomInt(2, 10);
  const payload = `${a + b}.${Date.now() + 30 * 60_000}`;
  const id = `${payload}.${sign(await challengeSecret(db), payload)}`;
  return { id: Buffer.from(id).toString('base64url'), question: locale === 'en' ? `What is ${a} + ${b}?` : `${a} 加 ${b} 等于几？` };
}

async function verifyChallenge(db: Db, id: string, answer: number) {
  const [expected, expires, signature] = Buffer.from(id, 'base64url').toString().split('.');
  const good = sign(await challengeSecret(db), `${expected}.${expires}`);
  const valid = signature && good.length === signature.length && timingSafeEqual(Buffer.from(good), Buffer.from(signature));
  if (!valid || Number(expires) < Date.now() || Number(expected) !== answer) throw new AppError(400, 'challenge_failed');
}

/** Files a customer's complaint, enquiry or suggestion from the public form; returns the number and status key. */
export async function fileComplaint(db: Db, input: z.output<typeof publicComplaintBodySchema>) {
  await verifyChallenge(db, input.challengeId, input.challengeAnswer);
  const phone = normalizePhone(input.phone);
  if (!phone) throw new AppError(400, 'invalid_contact', { field: 'phone', kind: 'phone', value: input.phone });
  return db.transaction().execute(async (trx) => {
    const known = await trx.selectFrom('customer_contacts').select('customer_id').where('value', '=', phone).where('kind', '=', 'phone').executeTakeFirst();
    const customerId =
      known?.customer_id ??
      (
        await insertCustomersBulk(trx, db.dialectName, null, [
          { name: input.name, tier: 'current', level: 'transactional', segments: { business: null, region: null, scale: null, attributes: null, values: null }, tags: [], source: 'web', notes: null, contacts: [{ kind: 'phone', value: phone }] },
        ], localDate(new Date(), 'Asia/Shanghai'))
      )[0];
    const { id, statusKey } = await openTicket(db, null, {
      kind: input.kind,
      channel: 'web',
      customerId,
      subject: input.subject,
      record: { content: input.content, purchaseOrServiceTime: input.purchaseOrServiceTime, problemTime: input.problemTime, customerRequest: input.customerRequest },
      severity: 'medium',
      priority: 'normal',
      tags: [],
      customerMessage: input.content,
    }, trx);
    const ticket = await trx.selectFrom('tickets').select('number').where('id', '=', id).executeTakeFirstOrThrow();
    return { number: ticket.number, statusKey };
  });
}

/** The ticket id of a status link, or 404 when the key does not match. */
export async function ticketForKey(db: Db, number: string, key: string) {
  const ticket = await findTicketIdByNumber(db, number);
  if (!ticket || ticket.publicKeyHash !== sha256(key)) throw new AppError(404, 'status_key_invalid');
  return ticket.id;
}

/** What the customer's status page shows: progress and the public conversation, each reply signed by its agent. */
export async function publicStatus(db: Db, number: string, key: string) {
  const id = await ticketForKey(db, number, key);
  const ticket = await db.selectFrom('tickets').select(['number', 'subject', 'kind', 'status', 'current_step', 'created_at', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
  const [all, files] = await Promise.all([selectMessages(db, id), selectTicketAttachments(db, id)]);
  const messages = all.filter((m) => m.visibility === 'public');
  const filesOf = groupByMessage(files);
  return {
    number: ticket.number,
    subject: ticket.subject,
    kind: ticket.kind,
    status: ticket.status,
    currentStep: ticket.current_step,
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    messages: messages.map((m) => ({
      id: m.id,
      from: m.authorKind === 'customer' ? ('customer' as const) : ('agent' as const),
      // "One supervision": the customer always sees who answered, by name and staff number.
      agent: m.authorKind === 'customer' || m.authorId === null ? null : { name: m.authorName ?? '', staffNumber: `LT${String(m.authorId).padStart(4, '0')}` },
      body: m.body,
      // Only files sent with this public message; the key in each link is the customer's own.
      attachments: (filesOf.get(m.id) ?? []).map((a) => ({
        id: a.id,
        fileName: a.fileName,
        contentType: a.contentType,
        sizeBytes: a.sizeBytes,
        url: `/api/v1/public/tickets/${encodeURIComponent(ticket.number)}/attachments/${a.id}?key=${encodeURIComponent(key)}`,
      })),
      createdAt: m.createdAt,
    })),
  };
}

/** Adds the customer's message from the status page. */
export async function addPublicMessage(db: Db, number: string, key: string, body: string) {
  const id = await ticketForKey(db, number, key);
  await db.transaction().execute(async (trx) => {
    await insertMessage(trx, { ticketId: id, authorKind: 'customer', authorId: null, visibility: 'public', body });
    await trx.updateTable('tickets').set((eb) => ({ updated_at: new Date().toISOString(), version: eb('version', '+', 1) })).where('id', '=', id).execute();
    await recordCustomerEmotion(trx, id, body);
    await insertEvent(trx, id, null, 'customer_message');
    await reindexTicket(trx, db.dialectName, id);
  });
}
