import { describe, expect, it } from 'vitest';
import { buildAccount, contextFor, PASSWORD } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { buildIntervision } from '../../../tests/support/intervision';
import { insertRegistration } from '../../../tests/support/gatherings';
import { deleteAccount } from '../my-data/delete-account';
import { exportPersonalData } from '../my-data/export-personal-data';
import { readableCopyOfMyData } from '../my-data/readable-copy';
import type { Actor } from '../shared';
import { addIntervisionNote } from './add-intervision-note';
import { deleteIntervisionNote } from './delete-intervision-note';
import { getIntervision } from './get-intervision';
import { getIntervisionEntry } from './get-intervision-entry';
import { pledgeConfidentiality } from './pledge-confidentiality';

const db = useTestDatabase();
const as = (actor: Actor) => contextFor(db(), actor);
const code = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(error: { code?: string }) => error.code
	);

describe('intervision', () => {
	it('shows the parts in order, with their notes, only to participants who pledged', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		expect((await getIntervisionEntry(as(room.first), { occurrenceId })).pledged).toBe(false);
		expect(await code(getIntervision(as(room.first), { occurrenceId }))).toBe('NOT_FOUND');
		expect(
			await code(addIntervisionNote(as(room.first), { occurrenceId, part: 'situation', body: 'x' }))
		).toBe('NOT_FOUND');
		await pledgeConfidentiality(as(room.first), { occurrenceId });
		await pledgeConfidentiality(as(room.second), { occurrenceId });
		await addIntervisionNote(as(room.first), {
			occurrenceId,
			part: 'situation',
			body: 'Une personne accompagnée (appelons-la A.) ne vient plus aux rendez-vous.'
		});
		await addIntervisionNote(as(room.second), { occurrenceId, part: 'questions', body: 'Depuis quand ?' });
		const seen = await getIntervision(as(room.second), { occurrenceId });
		expect(seen.parts.map((part) => part.part)).toEqual([
			'situation',
			'questions',
			'reflections',
			'synthesis'
		]);
		expect(seen.parts[0]!.notes).toMatchObject([{ mine: false, body: expect.stringContaining('A.') }]);
		expect(seen.parts[1]!.notes).toMatchObject([{ mine: true, body: 'Depuis quand ?' }]);
		expect(JSON.stringify(seen)).not.toContain(room.first.pseudonym);
	});

	it('answers NOT_FOUND to anyone who is not a confirmed peer supporter or a facilitator', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		const stranger = await buildAccount(db());
		const waiting = room.outsider;
		await insertRegistration(db(), { occurrenceId, accountId: waiting.accountId, status: 'waiting' });
		for (const person of [stranger, waiting, room.professional, room.relative, room.coordinator]) {
			expect(await code(getIntervisionEntry(as(person), { occurrenceId }))).toBe('NOT_FOUND');
			expect(await code(pledgeConfidentiality(as(person), { occurrenceId }))).toBe('NOT_FOUND');
			expect(await code(getIntervision(as(person), { occurrenceId }))).toBe('NOT_FOUND');
		}
		expect(await code(getIntervision(as(room.first), { occurrenceId: crypto.randomUUID() }))).toBe(
			'NOT_FOUND'
		);
	});

	it('lets a facilitator in after their pledge, once, without taking a participant’s place', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		const pledges = await Promise.all(
			Array.from({ length: 20 }, () => pledgeConfidentiality(as(room.facilitator), { occurrenceId }))
		);
		expect(new Set(pledges.map((pledge) => pledge.pledgedAt.toISOString())).size).toBe(1);
		const later = await pledgeConfidentiality(as(room.facilitator), { occurrenceId });
		expect(later.pledgedAt).toEqual(pledges[0]!.pledgedAt);
		expect((await getIntervision(as(room.facilitator), { occurrenceId })).parts).toHaveLength(4);
	});

	it('refuses a note over 4,000 characters, an unknown part, and contact details', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		await pledgeConfidentiality(as(room.first), { occurrenceId });
		const refused = (input: object) =>
			addIntervisionNote(as(room.first), { occurrenceId, ...input } as never).catch((error) => error);
		expect(await refused({ part: 'situation', body: 'x'.repeat(4_001) })).toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'body', message: 'validation.intervision.bodyTooLong' }]
		});
		expect(await refused({ part: 'gossip', body: 'x' })).toMatchObject({ code: 'INVALID' });
		expect(await refused({ part: 'situation', body: 'Elle m’a donné son 06 12 34 56 78' })).toMatchObject({
			fields: [{ field: 'body', message: 'validation.intervision.contactDetails' }]
		});
		expect(
			await code(
				addIntervisionNote(as(room.first), { occurrenceId, part: 'situation', body: 'x'.repeat(4_000) })
			)
		).toBe('ok');
	});

	it('lets only the author delete a note', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		await pledgeConfidentiality(as(room.first), { occurrenceId });
		await pledgeConfidentiality(as(room.second), { occurrenceId });
		const note = await addIntervisionNote(as(room.first), {
			occurrenceId,
			part: 'synthesis',
			body: 'Prendre soin de soi.'
		});
		expect(await code(deleteIntervisionNote(as(room.second), { occurrenceId, noteId: note.id }))).toBe(
			'NOT_FOUND'
		);
		expect(await code(deleteIntervisionNote(as(room.first), { occurrenceId, noteId: note.id }))).toBe('ok');
		expect((await getIntervision(as(room.second), { occurrenceId })).parts[3]!.notes).toEqual([]);
	});

	it('keeps at most 40 notes per person and occurrence, even posted at once', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		await pledgeConfidentiality(as(room.first), { occurrenceId });
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, index) =>
				code(addIntervisionNote(as(room.first), { occurrenceId, part: 'reflections', body: `Note ${index}` }))
			)
		);
		expect(results.filter((result) => result === 'ok')).toHaveLength(40);
		expect(results.filter((result) => result === 'CONFLICT')).toHaveLength(10);
	});

	it('puts in each export only the notes the person wrote', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		await pledgeConfidentiality(as(room.first), { occurrenceId });
		await pledgeConfidentiality(as(room.second), { occurrenceId });
		await addIntervisionNote(as(room.first), {
			occurrenceId,
			part: 'situation',
			body: 'Situation de Premier'
		});
		await addIntervisionNote(as(room.second), {
			occurrenceId,
			part: 'questions',
			body: 'Question de Second'
		});
		const firstExport = JSON.stringify(await exportPersonalData(as(room.first)));
		expect(firstExport).toContain('Situation de Premier');
		expect(firstExport).not.toContain('Question de Second');
		expect(firstExport).not.toContain(room.second.pseudonym);
		const copy = await readableCopyOfMyData(as(room.second), { locale: 'fr' });
		expect(copy.journal.intervisionNotes).toMatchObject([{ body: 'Question de Second', part: 'questions' }]);
		expect(JSON.stringify(copy)).not.toContain('Situation de Premier');
		for (const person of [room.professional, room.relative, room.facilitator, room.coordinator]) {
			const text = JSON.stringify(await exportPersonalData(as(person)));
			expect(text).not.toMatch(/Situation de Premier|Question de Second/);
		}
	});

	it('keeps an erased author’s notes for the room, under nobody’s name', async () => {
		const room = await buildIntervision(db());
		const occurrenceId = room.occurrence.id;
		await pledgeConfidentiality(as(room.first), { occurrenceId });
		await pledgeConfidentiality(as(room.second), { occurrenceId });
		await addIntervisionNote(as(room.first), { occurrenceId, part: 'situation', body: 'Situation gardée' });
		await deleteAccount(as(room.first), { password: PASSWORD });
		const seen = await getIntervision(as(room.second), { occurrenceId });
		expect(seen.parts[0]!.notes).toMatchObject([{ body: 'Situation gardée', mine: false }]);
	});
});
