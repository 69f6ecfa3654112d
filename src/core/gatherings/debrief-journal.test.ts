import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { buildIntervision } from '../../../tests/support/intervision';
import { debriefNotes, memberships, notifications } from '../../db/schema';
import { exportPersonalData } from '../my-data/export-personal-data';
import { readableCopyOfMyData } from '../my-data/readable-copy';
import type { Actor } from '../shared';
import { acknowledgeDebrief } from './acknowledge-debrief';
import { deleteDebriefNote } from './delete-debrief-note';
import { listMyDebriefNotes } from './list-my-debrief-notes';
import { listSharedDebriefs } from './list-shared-debriefs';
import { shareDebriefNote } from './share-debrief-note';
import { writeDebriefNote } from './write-debrief-note';

const db = useTestDatabase();
const as = (actor: Actor) => contextFor(db(), actor);
const code = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(error: { code?: string }) => error.code
	);

/** An organisation with a peer supporter, a member, a second coordinator, and another organisation's coordinator. */
async function buildJournal() {
	const { organisation, coordinator, members } = await buildOrganisation(db(), {
		members: ['peer_supporter', 'member', 'coordinator', 'professional']
	});
	const [supporter, member, secondCoordinator, professional] = members as unknown as Actor[];
	const other = await buildOrganisation(db());
	return {
		organisation,
		coordinator,
		supporter: supporter!,
		member: member!,
		secondCoordinator: secondCoordinator!,
		professional: professional!,
		other
	};
}

const hard = {
	whatWasHard: 'Un appel très long, beaucoup de colère.',
	whatHelped: 'Respirer.',
	whatINeed: 'En parler.'
};

describe('debrief journal', () => {
	it('keeps a supporter’s notes private to them, and refuses people who are not supporters', async () => {
		const { supporter, member, professional } = await buildJournal();
		const note = await writeDebriefNote(as(supporter), hard);
		expect(await code(writeDebriefNote(as(member), hard))).toBe('FORBIDDEN');
		expect(await code(writeDebriefNote(as(professional), hard))).toBe('FORBIDDEN');
		expect(await code(writeDebriefNote(as(supporter), {}))).toBe('INVALID');
		expect(await code(writeDebriefNote(as(supporter), { whatWasHard: 'x'.repeat(4_001) }))).toBe('INVALID');
		const mine = await listMyDebriefNotes(as(supporter));
		expect(mine.notes).toMatchObject([{ id: note.id, ...hard, sharedAt: null }]);
		expect((await listMyDebriefNotes(as(member))).notes).toEqual([]);
		expect(await code(deleteDebriefNote(as(member), { noteId: note.id }))).toBe('NOT_FOUND');
		expect(
			await code(
				shareDebriefNote(as(member), { noteId: note.id, organisationId: mine.choices.organisations[0]!.id })
			)
		).toBe('NOT_FOUND');
	});

	it('links a note only to the supporter’s own sessions and accompaniments, never naming the other person', async () => {
		const { supporter, member } = await buildJournal();
		const { accompanimentId } = await openAccompaniment(db(), member, supporter);
		const room = await buildIntervision(db());
		expect(await code(writeDebriefNote(as(supporter), { ...hard, occurrenceId: room.occurrence.id }))).toBe(
			'INVALID'
		);
		expect(await code(writeDebriefNote(as(room.first), { ...hard, accompanimentId }))).toBe('INVALID');
		await writeDebriefNote(as(supporter), { ...hard, accompanimentId });
		await writeDebriefNote(as(room.first), { ...hard, occurrenceId: room.occurrence.id });
		const listed = await listMyDebriefNotes(as(supporter));
		expect(listed.notes[0]!.accompaniment).toMatchObject({ id: accompanimentId });
		expect(JSON.stringify(listed)).not.toContain(member.pseudonym);
		expect((await listMyDebriefNotes(as(room.first))).notes[0]!.occurrence).toMatchObject({
			id: room.occurrence.id
		});
	});

	it('shares one note with one organisation: its coordinators are told and read it, others get NOT_FOUND', async () => {
		const journal = await buildJournal();
		const { organisation, supporter, coordinator, secondCoordinator, other } = journal;
		const note = await writeDebriefNote(as(supporter), hard);
		expect(
			await code(shareDebriefNote(as(supporter), { noteId: note.id, organisationId: other.organisation.id }))
		).toBe('INVALID');
		const ctx = as(supporter);
		await shareDebriefNote(ctx, { noteId: note.id, organisationId: organisation.id });
		expect(ctx.events.events).toContainEqual({
			type: 'debrief.shared',
			debriefNoteId: note.id,
			organisationId: organisation.id
		});
		const told = await db().select().from(notifications).where(eq(notifications.subjectId, note.id));
		expect(told.map((row) => row.accountId).sort()).toEqual(
			[coordinator.accountId, secondCoordinator.accountId].sort()
		);
		expect(told.every((row) => row.kind === 'debrief.shared')).toBe(true);
		const shared = await listSharedDebriefs(as(coordinator), { slug: organisation.slug });
		expect(shared.notes).toMatchObject([{ id: note.id, supporterPseudonym: supporter.pseudonym, ...hard }]);
		for (const person of [supporter, journal.member, journal.professional, other.coordinator])
			expect(await code(listSharedDebriefs(as(person), { slug: organisation.slug }))).toBe('NOT_FOUND');
		expect(
			await code(
				acknowledgeDebrief(as(other.coordinator), { slug: other.organisation.slug, noteId: note.id })
			)
		).toBe('NOT_FOUND');
		expect(
			await code(shareDebriefNote(as(supporter), { noteId: note.id, organisationId: organisation.id }))
		).toBe('CONFLICT');
		await acknowledgeDebrief(as(secondCoordinator), { slug: organisation.slug, noteId: note.id });
		expect((await listSharedDebriefs(as(coordinator), { slug: organisation.slug })).notes).toEqual([]);
		expect(
			(await listSharedDebriefs(as(coordinator), { slug: organisation.slug, status: 'acknowledged' })).notes
		).toMatchObject([{ id: note.id, acknowledgedByPseudonym: secondCoordinator.pseudonym }]);
		// A coordinator who leaves the organisation reads nothing any more.
		await db()
			.update(memberships)
			.set({ role: 'member' })
			.where(eq(memberships.accountId, secondCoordinator.accountId));
		expect(await code(listSharedDebriefs(as(secondCoordinator), { slug: organisation.slug }))).toBe(
			'NOT_FOUND'
		);
	});

	it('tells each coordinator once when the same note is shared 20 times at once', async () => {
		const { organisation, supporter, coordinator, secondCoordinator } = await buildJournal();
		const note = await writeDebriefNote(as(supporter), hard);
		const results = await Promise.all(
			Array.from({ length: 20 }, () =>
				code(shareDebriefNote(as(supporter), { noteId: note.id, organisationId: organisation.id }))
			)
		);
		expect(results.filter((result) => result === 'ok')).toHaveLength(1);
		expect(results.filter((result) => result === 'CONFLICT')).toHaveLength(19);
		const told = await db().select().from(notifications).where(eq(notifications.subjectId, note.id));
		expect(told.map((row) => row.accountId).sort()).toEqual(
			[coordinator.accountId, secondCoordinator.accountId].sort()
		);
	});

	it('records one acknowledgement when coordinators press at once', async () => {
		const { organisation, supporter, coordinator, secondCoordinator } = await buildJournal();
		const note = await writeDebriefNote(as(supporter), hard);
		await shareDebriefNote(as(supporter), { noteId: note.id, organisationId: organisation.id });
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, index) =>
				code(
					acknowledgeDebrief(as(index % 2 ? coordinator : secondCoordinator), {
						slug: organisation.slug,
						noteId: note.id
					})
				)
			)
		);
		expect(results.filter((result) => result === 'ok')).toHaveLength(1);
		expect(results.filter((result) => result === 'CONFLICT')).toHaveLength(19);
		const [row] = await db().select().from(debriefNotes).where(eq(debriefNotes.id, note.id));
		expect(row!.acknowledgedAt).not.toBeNull();
	});

	it('puts a supporter’s notes in their export and readable copy, and in nobody else’s', async () => {
		const { organisation, supporter, coordinator } = await buildJournal();
		const note = await writeDebriefNote(as(supporter), hard);
		await shareDebriefNote(as(supporter), { noteId: note.id, organisationId: organisation.id });
		await acknowledgeDebrief(as(coordinator), { slug: organisation.slug, noteId: note.id });
		const exported = (await exportPersonalData(as(supporter))) as unknown as {
			journal: { debriefNotes: unknown[] };
		};
		expect(exported.journal.debriefNotes).toMatchObject([{ ...hard, sharedWith: organisation.name }]);
		expect(JSON.stringify(exported)).not.toContain(coordinator.pseudonym);
		expect((await readableCopyOfMyData(as(supporter), { locale: 'fr' })).journal.debriefNotes).toHaveLength(
			1
		);
		const coordinatorExport = JSON.stringify(await exportPersonalData(as(coordinator)));
		expect(coordinatorExport).not.toContain(hard.whatWasHard);
		const stranger = await buildAccount(db());
		expect(JSON.stringify(await exportPersonalData(as(stranger)))).not.toContain(hard.whatWasHard);
	});

	it('deletes only one’s own note, shared ones leaving the coordinators’ list', async () => {
		const { organisation, supporter, coordinator } = await buildJournal();
		const note = await writeDebriefNote(as(supporter), hard);
		await shareDebriefNote(as(supporter), { noteId: note.id, organisationId: organisation.id });
		expect(await code(deleteDebriefNote(as(coordinator), { noteId: note.id }))).toBe('NOT_FOUND');
		await deleteDebriefNote(as(supporter), { noteId: note.id });
		expect((await listSharedDebriefs(as(coordinator), { slug: organisation.slug })).notes).toEqual([]);
		expect(await code(deleteDebriefNote(as(supporter), { noteId: note.id }))).toBe('NOT_FOUND');
	});
});
