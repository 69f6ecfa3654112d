import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { publishService } from '../offers';
import { exportDirectory, directoryCsv, resolvePlace, saveDirectoryListing, searchDirectory } from './index';

const db = useTestDatabase();

async function listed(
	postcode: string,
	communeName: string,
	options: { themes?: string[]; accessibility?: ['wheelchair'] } = {}
) {
	const { organisation, coordinator } = await buildOrganisation(db());
	await saveDirectoryListing(contextFor(db(), coordinator), {
		organisation: organisation.slug,
		published: true,
		address: '1 rue de la Paix',
		postcode,
		communeName,
		openingHours: 'Du lundi au vendredi, 14 h – 18 h',
		inPerson: true,
		themes: options.themes ?? [],
		accessibility: options.accessibility ?? []
	});
	return { organisation, coordinator };
}

describe('directory search', () => {
	it('finds organisations around a postcode, nearest first, and not those farther than the radius', async () => {
		const rennes = await listed('35000', 'Rennes');
		const cesson = await listed('35510', 'Cesson-Sévigné');
		const brest = await listed('29200', 'Brest');
		const result = await searchDirectory(contextFor(db(), null), { place: '35000', radius: '10' });
		const slugs = result.organisations.map((entry) => entry.slug);
		expect(slugs.indexOf(rennes.organisation.slug)).toBeLessThan(slugs.indexOf(cesson.organisation.slug));
		expect(slugs).not.toContain(brest.organisation.slug);
		const inFinistere = await searchDirectory(contextFor(db(), null), { place: '29' });
		expect(inFinistere.organisations.map((entry) => entry.slug)).toContain(brest.organisation.slug);
		expect(inFinistere.organisations.map((entry) => entry.slug)).not.toContain(rennes.organisation.slug);
	});

	it('filters by theme (a branch covers its leaves) and accessibility, and leaves unpublished entries out', async () => {
		const voices = await listed('44000', 'Nantes', {
			themes: ['troubles-psychiques/entente-de-voix'],
			accessibility: ['wheelchair']
		});
		const other = await listed('44000', 'Nantes', { themes: ['addictions/alcool'] });
		const byBranch = await searchDirectory(contextFor(db(), null), {
			place: '44',
			theme: 'troubles-psychiques'
		});
		expect(byBranch.organisations.map((entry) => entry.slug)).toContain(voices.organisation.slug);
		expect(byBranch.organisations.map((entry) => entry.slug)).not.toContain(other.organisation.slug);
		const accessible = await searchDirectory(contextFor(db(), null), {
			place: '44',
			accessibility: ['wheelchair']
		});
		expect(accessible.organisations.map((entry) => entry.slug)).toEqual([voices.organisation.slug]);
		await saveDirectoryListing(contextFor(db(), voices.coordinator), {
			organisation: voices.organisation.slug,
			published: false
		});
		const after = await searchDirectory(contextFor(db(), null), {
			place: '44',
			accessibility: ['wheelchair']
		});
		expect(after.organisations).toEqual([]);
	});

	it('finds an organisation’s service by kind in a département it serves', async () => {
		const { organisation, coordinator } = await listed('22000', 'Saint-Brieuc');
		const { id } = await publishService(contextFor(db(), coordinator), {
			organisation: organisation.slug,
			kind: 'professional_training',
			title: 'Former les soignants au rétablissement',
			formats: ['in_person'],
			postcode: '22000',
			areaDepartements: ['56'],
			priceKind: 'paid',
			price: '600'
		});
		const found = await searchDirectory(contextFor(db(), null), {
			place: '56',
			serviceKind: 'professional_training'
		});
		expect(found.services.map((service) => service.id)).toContain(id);
		expect(found.organisations).toEqual([]);
		const csv = directoryCsv('https://example.org', await exportDirectory(contextFor(db(), null)));
		expect(csv).toContain('Former les soignants au rétablissement');
	});

	it('says when a place is unknown rather than searching everywhere', async () => {
		const result = await searchDirectory(contextFor(db(), null), { place: 'Atlantide' });
		expect(result).toMatchObject({ unknownPlace: true, organisations: [] });
		expect(await resolvePlace('35000')).toMatchObject({ kind: 'point', departement: '35' });
		expect(await resolvePlace('2a')).toMatchObject({ kind: 'departement', departement: '2A' });
	});

	it('refuses a listing to someone who does not coordinate the organisation', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['member'] });
		await expect(
			saveDirectoryListing(contextFor(db(), members[0]!), {
				organisation: organisation.slug,
				published: true,
				postcode: '35000'
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
