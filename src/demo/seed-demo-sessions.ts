import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, groupMembers, organisations, peerGroups } from '../db/schema';
import { scheduleSession } from '../core/gatherings';
import { utcToWall } from '../core/gatherings/recurrence';
import { RecordingEventSink, systemClock, type Actor } from '../core/shared';

/** The next date (Paris) falling on `weekday` (0 Sunday … 6 Saturday), tomorrow at the earliest. */
function nextWeekday(weekday: number, now = new Date()): string {
	const wall = utcToWall(now, 'Europe/Paris');
	const ahead = (weekday - wall.getUTCDay() + 7) % 7 || 7;
	return new Date(wall.getTime() + ahead * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Weekly sessions for the GEM's demo groups: the Tuesday talk group (18:00, in person, 12 places, step-free)
 * and the Saturday cooking workshop (10:00). The groups come from the groups demo seed: when it has not
 * run (absent groups), nothing is scheduled. The regional platform's intervision group meets online every
 * other Thursday at 14:00, scheduled by its facilitator.
 */
export async function seedDemoSessions(db: Database, coordinator: Actor): Promise<void> {
	const groups = await db
		.select({ id: peerGroups.id, title: peerGroups.title })
		.from(peerGroups)
		.innerJoin(organisations, eq(organisations.id, peerGroups.organisationId))
		.where(
			and(
				eq(organisations.slug, 'gem-les-traboules'),
				inArray(peerGroups.title, ['Groupe de parole du mardi', 'Atelier cuisine'])
			)
		);
	const ctx = { db, actor: coordinator, clock: systemClock, events: new RecordingEventSink() };
	const byTitle = new Map(groups.map((group) => [group.title, group.id]));
	const talk = byTitle.get('Groupe de parole du mardi');
	if (talk) {
		await scheduleSession(ctx, {
			groupId: talk,
			date: nextWeekday(2),
			time: '18:00',
			durationMinutes: 90,
			repeat: 'weekly',
			mode: 'in_person',
			address: '12 rue des Capucins, 69001 Lyon',
			accessibility: ['step_free'],
			capacity: 12,
			registrationClosesMinutes: 60
		});
	}
	const cooking = byTitle.get('Atelier cuisine');
	if (cooking) {
		await scheduleSession(ctx, {
			groupId: cooking,
			date: nextWeekday(6),
			time: '10:00',
			durationMinutes: 120,
			repeat: 'weekly',
			mode: 'in_person',
			address: '12 rue des Capucins, 69001 Lyon (cuisine du rez-de-chaussée)',
			accessibility: ['step_free', 'easy_read'],
			capacity: 8
		});
	}
	await seedIntervisionSessions(db);
}

async function seedIntervisionSessions(db: Database): Promise<void> {
	const [intervision] = await db
		.select({ id: peerGroups.id, facilitatorId: groupMembers.accountId, pseudonym: accounts.pseudonym })
		.from(peerGroups)
		.innerJoin(organisations, eq(organisations.id, peerGroups.organisationId))
		.innerJoin(
			groupMembers,
			and(eq(groupMembers.groupId, peerGroups.id), eq(groupMembers.role, 'facilitator'))
		)
		.innerJoin(accounts, eq(accounts.id, groupMembers.accountId))
		.where(and(eq(organisations.slug, 'paires-aura'), eq(peerGroups.kind, 'intervision')))
		.limit(1);
	if (!intervision) return;
	const facilitator = {
		accountId: intervision.facilitatorId,
		pseudonym: intervision.pseudonym,
		isInstanceAdmin: false
	};
	const ctx = { db, actor: facilitator, clock: systemClock, events: new RecordingEventSink() };
	await scheduleSession(ctx, {
		groupId: intervision.id,
		date: nextWeekday(4),
		time: '14:00',
		durationMinutes: 120,
		repeat: 'fortnightly',
		mode: 'online',
		meetingLink: 'https://visio.example.org/intervision-paires-aura',
		capacity: 8
	});
}
