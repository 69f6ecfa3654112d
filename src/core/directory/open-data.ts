import { and, asc, eq } from 'drizzle-orm';
import { directoryListings, organisations, peerServices } from '../../db/schema';
import type { Ctx } from '../shared';

/** Published directory entries and organisations' published services, for the open-data export. */
export async function exportDirectory(ctx: Ctx) {
	const [listings, services] = await Promise.all([
		ctx.db
			.select({
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				kind: organisations.kind,
				description: organisations.description,
				address: directoryListings.address,
				postcode: directoryListings.postcode,
				communeCode: directoryListings.communeCode,
				communeName: directoryListings.communeName,
				departement: directoryListings.departement,
				latitude: directoryListings.latitude,
				longitude: directoryListings.longitude,
				placeApproximate: directoryListings.placeApproximate,
				openingHours: directoryListings.openingHours,
				phone: directoryListings.phone,
				email: directoryListings.email,
				website: directoryListings.website,
				inPerson: directoryListings.inPerson,
				online: directoryListings.online,
				accessibility: directoryListings.accessibility,
				themes: directoryListings.themes
			})
			.from(directoryListings)
			.innerJoin(organisations, eq(organisations.id, directoryListings.organisationId))
			.where(eq(directoryListings.published, true))
			.orderBy(asc(organisations.name)),
		ctx.db
			.select({
				id: peerServices.id,
				organisationId: peerServices.organisationId,
				title: peerServices.title,
				kind: peerServices.kind,
				description: peerServices.description,
				formats: peerServices.formats,
				communeName: peerServices.communeName,
				departement: peerServices.departement,
				areaDepartements: peerServices.areaDepartements,
				languages: peerServices.languages,
				priceKind: peerServices.priceKind,
				themes: peerServices.themes
			})
			.from(peerServices)
			.innerJoin(directoryListings, eq(directoryListings.organisationId, peerServices.organisationId))
			// A withdrawn or hidden service leaves open data as it leaves the directory's search.
			.where(and(eq(directoryListings.published, true), eq(peerServices.published, true)))
			.orderBy(asc(peerServices.title))
	]);
	return { organisations: listings, services: services.filter((service) => service.organisationId) };
}
export type DirectoryExport = Awaited<ReturnType<typeof exportDirectory>>;
type ListedOrganisation = DirectoryExport['organisations'][number];
type ListedService = DirectoryExport['services'][number];

/** schema.org `Service` of a directory service (pages' JSON-LD and the JSON export). */
export function serviceJsonLd(
	origin: string,
	service: Omit<ListedService, 'organisationId'>,
	provider?: object
) {
	return {
		'@type': 'Service',
		'@id': `${origin}/services/${service.id}`,
		url: `${origin}/services/${service.id}`,
		name: service.title,
		serviceType: service.kind,
		description: service.description || undefined,
		availableChannel: service.formats,
		areaServed: [service.departement, ...service.areaDepartements].filter(Boolean),
		availableLanguage: service.languages,
		isAccessibleForFree: service.priceKind !== 'paid',
		keywords: service.themes.join(', ') || undefined,
		provider
	};
}

/** schema.org `Organization` of a directory entry, with its services when given. */
export function organisationJsonLd(
	origin: string,
	entry: ListedOrganisation,
	services: ListedService[] = []
) {
	const url = `${origin}/organisations/${entry.slug}`;
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': url,
		url,
		name: entry.name,
		description: entry.description || undefined,
		additionalType: entry.kind,
		address: entry.postcode
			? {
					'@type': 'PostalAddress',
					streetAddress: entry.address || undefined,
					postalCode: entry.postcode,
					addressLocality: entry.communeName,
					addressRegion: entry.departement,
					addressCountry: 'FR'
				}
			: undefined,
		geo:
			entry.latitude !== null && !entry.placeApproximate
				? { '@type': 'GeoCoordinates', latitude: entry.latitude, longitude: entry.longitude }
				: undefined,
		telephone: entry.phone ?? undefined,
		email: entry.email ?? undefined,
		sameAs: entry.website ?? undefined,
		// Free text as the organisation words it (schema.org's structured form is not asked of them).
		hoursAvailable: entry.openingHours || undefined,
		keywords: entry.themes.join(', ') || undefined,
		makesOffer: services.map((service) => ({
			'@type': 'Offer',
			itemOffered: serviceJsonLd(origin, service, { '@id': url })
		}))
	};
}

const CSV_COLUMNS = [
	'name',
	'kind',
	'url',
	'address',
	'postcode',
	'communeCode',
	'communeName',
	'departement',
	'latitude',
	'longitude',
	'placeApproximate',
	'openingHours',
	'phone',
	'email',
	'website',
	'inPerson',
	'online',
	'accessibility',
	'themes',
	'services'
] as const;

const csvCell = (value: unknown) => {
	const text =
		value === null || value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value);
	// Quote always; a leading formula character is neutralised so spreadsheets do not run it.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replaceAll('"', '""')}"`;
};

/** The directory as CSV (RFC 4180, UTF-8, one organisation a line, its services' titles joined by "|"). */
export function directoryCsv(origin: string, data: DirectoryExport): string {
	const servicesOf = new Map<string, string[]>();
	for (const service of data.services)
		servicesOf.set(service.organisationId!, [
			...(servicesOf.get(service.organisationId!) ?? []),
			service.title
		]);
	const lines = [CSV_COLUMNS.join(',')];
	for (const entry of data.organisations) {
		const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
			...entry,
			url: `${origin}/organisations/${entry.slug}`,
			services: servicesOf.get(entry.id) ?? []
		};
		lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}

/** The directory as JSON-LD: a schema.org `ItemList` of `Organization`s with their services. */
export function directoryJson(origin: string, data: DirectoryExport) {
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name: 'Entrepairs — annuaire',
		numberOfItems: data.organisations.length,
		itemListElement: data.organisations.map((entry) => {
			const { '@context': _context, ...organisation } = organisationJsonLd(
				origin,
				entry,
				data.services.filter((service) => service.organisationId === entry.id)
			);
			return organisation;
		})
	};
}
