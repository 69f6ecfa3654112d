import { describe, expect, it } from 'vitest';
import { calendarsFixture } from '../../../tests/support/calendars';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import { insertOccurrence, insertRegistration } from '../../../tests/support/gatherings';
import { occurrenceCalendar } from './occurrence-calendar';
import { setGatheringPreferences } from './set-gathering-preferences';

const db = useTestDatabase();
const SITE = 'https://entraide.example.org';
const options = { locale: 'fr' as const, siteUrl: SITE };
const NOW = new Date('2026-06-01T08:00:00Z');
const clock = { now: () => NOW };

describe('the .ics of one occurrence', () => {
	it('gives the link and phone number only to a person holding a confirmed place', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const mine = await occurrenceCalendar(
			contextFor(db(), f.registered, { clock }),
			{ occurrenceId: f.occurrence.id },
			options
		);
		expect(mine.body).toContain('salle-secrete-4321');
		expect(mine.body).toContain('SUMMARY:Groupe de parole du mardi');
		expect(mine.body).toContain(`UID:seance-${f.occurrence.id}@entrepairs`);
		for (const other of [f.unregistered, f.facilitator]) {
			const file = await occurrenceCalendar(
				contextFor(db(), other, { clock }),
				{ occurrenceId: f.occurrence.id },
				options
			);
			expect(file.body).not.toContain('salle-secrete-4321');
			expect(file.body).not.toContain('23 45 67 89');
		}
	});

	it('keeps the link from someone waiting or who cancelled', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z'), mode: 'phone' });
		await insertRegistration(db(), {
			occurrenceId: f.occurrence.id,
			accountId: f.unregistered.accountId,
			status: 'waiting'
		});
		const file = await occurrenceCalendar(
			contextFor(db(), f.unregistered, { clock }),
			{ occurrenceId: f.occurrence.id },
			options
		);
		expect(file.body).not.toContain('23 45 67 89');
	});

	it('is NOT_FOUND for a person who may not see the group, and for an unknown occurrence', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		await expect(
			occurrenceCalendar(
				contextFor(db(), f.professional, { clock }),
				{ occurrenceId: f.occurrence.id },
				options
			)
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			occurrenceCalendar(
				contextFor(db(), f.registered, { clock }),
				{ occurrenceId: crypto.randomUUID() },
				options
			)
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			occurrenceCalendar(contextFor(db(), f.registered, { clock }), { occurrenceId: 'pas-un-id' }, options)
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('writes "Rendez-vous" with no group, organisation or address in discreet mode', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z'), mode: 'in_person' });
		await setGatheringPreferences(contextFor(db(), f.registered), { discreet: true });
		const { body } = await occurrenceCalendar(
			contextFor(db(), f.registered, { clock }),
			{ occurrenceId: f.occurrence.id },
			options
		);
		expect(body).toContain('SUMMARY:Rendez-vous');
		expect(body).not.toContain('Groupe de parole');
		expect(body).not.toContain(f.organisation.name);
		expect(body).not.toContain('Capucins');
	});

	it('writes an 18:00 Paris session as 16:00 UTC in summer and 17:00 UTC in winter', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const { occurrence: winter } = await insertOccurrence(db(), {
			groupId: f.group.id,
			organisationId: f.organisation.id,
			startsAt: new Date('2026-12-08T17:00:00Z'),
			durationMinutes: 90
		});
		await insertRegistration(db(), { occurrenceId: winter.id, accountId: f.registered.accountId });
		const summerFile = await occurrenceCalendar(
			contextFor(db(), f.registered, { clock }),
			{ occurrenceId: f.occurrence.id },
			options
		);
		const winterFile = await occurrenceCalendar(
			contextFor(db(), f.registered, { clock }),
			{ occurrenceId: winter.id },
			options
		);
		expect(summerFile.body).toContain('DTSTART:20260609T160000Z');
		expect(summerFile.body).toContain('DTEND:20260609T173000Z');
		expect(winterFile.body).toContain('DTSTART:20261208T170000Z');
		// And those instants are 18:00 on the wall clock in Paris.
		const paris = (at: Date) =>
			at.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
		expect(paris(new Date('2026-06-09T16:00:00Z'))).toBe('18:00');
		expect(paris(new Date('2026-12-08T17:00:00Z'))).toBe('18:00');
	});
});
