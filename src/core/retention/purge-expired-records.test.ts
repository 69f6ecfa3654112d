import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { helpRequests, recoveryTokens, reports, staffAccessLog } from '../../db/schema';
import { buildAccount, contextFor, fixedClock } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { createHelpRequest } from '../matching';
import { RecordingMailer } from '../../../tests/support/recording-mailer';
import { requestRecoveryEmail } from '../accounts';
import { purgeExpiredRecords } from './purge-expired-records';

const db = useTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
const experienceIds = ['troubles-psychiques/entente-de-voix'];

async function helpRequest(id: string) {
	const [row] = await db().select().from(helpRequests).where(eq(helpRequests.id, id));
	return row!;
}

describe('purgeExpiredRecords', () => {
	it('closes a help request after the days its author chose, erasing what they wrote', async () => {
		const member = await buildAccount(db());
		const clock = fixedClock(new Date());
		const ctx = contextFor(db(), member, { clock });
		const week = await createHelpRequest(ctx, {
			experienceIds,
			formats: ['chat'],
			hopes: 'Parler de mes voix le soir',
			area: 'Lyon',
			openDays: '7'
		});
		const standard = await createHelpRequest(ctx, { experienceIds, formats: ['chat'], hopes: 'Bonjour' });
		expect((await helpRequest(standard.id)).closesAt!.getTime() - clock.now().getTime()).toBe(30 * DAY);
		await expect(
			createHelpRequest(ctx, { experienceIds, formats: ['chat'], openDays: 365 } as never)
		).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'openDays' }] });

		await purgeExpiredRecords(db(), new Date(clock.now().getTime() + 7 * DAY - 1000));
		expect(await helpRequest(week.id)).toMatchObject({ status: 'open', hopes: 'Parler de mes voix le soir' });
		await purgeExpiredRecords(db(), new Date(clock.now().getTime() + 7 * DAY + 1000));
		expect(await helpRequest(week.id)).toMatchObject({ status: 'closed', hopes: '', area: null });
		expect(await helpRequest(standard.id)).toMatchObject({ status: 'open', hopes: 'Bonjour' });
	});

	it('keeps decided reports and staff access lines 12 months, open reports until decided', async () => {
		const subject = await buildAccount(db());
		const now = new Date();
		const longAgo = new Date(now.getTime() - 370 * DAY);
		const recently = new Date(now.getTime() - 300 * DAY);
		const report = (decidedAt: Date | null) => ({
			subjectKind: 'profile',
			subjectId: subject.accountId,
			subjectAccountId: subject.accountId,
			reason: 'harassment',
			status: decidedAt ? 'decided' : 'open',
			createdAt: longAgo,
			decidedAt
		});
		const created = await db()
			.insert(reports)
			.values([report(longAgo), report(recently), report(null)])
			.returning({ id: reports.id });
		const [old, recent, open] = created.map((row) => row.id);
		const lines = await db()
			.insert(staffAccessLog)
			.values(
				[longAgo, recently].map((createdAt) => ({
					staffRole: 'moderator',
					subjectAccountId: subject.accountId,
					what: 'profile',
					why: 'harassment',
					createdAt
				}))
			)
			.returning({ id: staffAccessLog.id });

		await purgeExpiredRecords(db(), now);
		const kept = await db()
			.select({ id: reports.id })
			.from(reports)
			.where(inArray(reports.id, [old!, recent!, open!]));
		expect(kept.map((row) => row.id).sort()).toEqual([recent!, open!].sort());
		const keptLines = await db()
			.select({ id: staffAccessLog.id })
			.from(staffAccessLog)
			.where(eq(staffAccessLog.subjectAccountId, subject.accountId));
		expect(keptLines.map((row) => row.id)).toEqual([lines[1]!.id]);
	});

	it('deletes recovery links once expired', async () => {
		const email = `purge-${Date.now()}@example.org`;
		const person = await buildAccount(db(), { email });
		const clock = fixedClock(new Date());
		await requestRecoveryEmail(
			contextFor(db(), null, { clock }),
			{ identifier: email },
			{ mailer: new RecordingMailer(), siteUrl: 'https://pairs.example' }
		);
		const links = () =>
			db().select().from(recoveryTokens).where(eq(recoveryTokens.accountId, person.accountId));
		await purgeExpiredRecords(db(), clock.now());
		expect(await links()).toHaveLength(1);
		await purgeExpiredRecords(db(), new Date(clock.now().getTime() + 61 * 60_000));
		expect(await links()).toHaveLength(0);
	});
});
