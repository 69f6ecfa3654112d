import { sql, type SQL } from 'drizzle-orm';
import { selectRows } from '../../db/sql-helpers';
import { EXPERIENCE_VOCABULARY } from '../matching/experience-vocabulary';
import { parseInput, type Ctx } from '../shared';
import { resolvePlace, type ResolvedPlace } from './places';
import { SearchDirectorySchema, type SearchDirectoryInput } from './schemas';

export const PAGE_SIZE = 20;
const DEFAULT_RADIUS_KM = 20;
const KM_PER_DEGREE = 111.2;

export interface DirectoryOrganisation {
	slug: string;
	name: string;
	kind: string;
	communeName: string | null;
	departement: string | null;
	postcode: string | null;
	address: string;
	inPerson: boolean;
	online: boolean;
	accessibility: string[];
	distanceKm: number | null;
}
export interface DirectoryService {
	id: string;
	title: string;
	kind: string;
	formats: string[];
	priceKind: string;
	provider: string | null;
	organisationSlug: string | null;
	communeName: string | null;
	departement: string | null;
	distanceKm: number | null;
}

// A branch of the vocabulary stands for itself and all its leaves.
const LEAVES = new Map<string, string[]>();
for (const entry of EXPERIENCE_VOCABULARY)
	if (entry.parentId) LEAVES.set(entry.parentId, [...(LEAVES.get(entry.parentId) ?? []), entry.id]);
const themeSet = (theme: string) => [theme, ...(LEAVES.get(theme) ?? [])];
const textArray = (values: string[]) =>
	sql`array[${sql.join(
		values.map((value) => sql`${value}`),
		sql`, `
	)}]::text[]`;

/** Great-circle distance in km (haversine) from a point to a row's latitude/longitude columns. */
const distance = (table: string, place: { latitude: number; longitude: number }) => sql`(2 * 6371 * asin(sqrt(
	power(sin(radians(${sql.raw(table)}.latitude - ${place.latitude}) / 2), 2) +
	cos(radians(${place.latitude})) * cos(radians(${sql.raw(table)}.latitude)) *
	power(sin(radians(${sql.raw(table)}.longitude - ${place.longitude}) / 2), 2))))`;

/** A bounding box the index answers first, then the exact distance. */
function nearby(table: string, place: { latitude: number; longitude: number }, radius: number): SQL {
	const latitudeSpan = radius / KM_PER_DEGREE;
	const longitudeSpan = radius / (KM_PER_DEGREE * Math.max(Math.cos((place.latitude * Math.PI) / 180), 0.01));
	return sql`${sql.raw(table)}.latitude between ${place.latitude - latitudeSpan} and ${place.latitude + latitudeSpan}
		and ${sql.raw(table)}.longitude between ${place.longitude - longitudeSpan} and ${place.longitude + longitudeSpan}
		and ${distance(table, place)} <= ${radius}`;
}

const and = (conditions: (SQL | undefined)[]) =>
	sql.join(
		conditions.filter((condition): condition is SQL => condition !== undefined),
		sql` and `
	);

/**
 * The public directory: published organisations and services by theme, kind, place (around a postcode or
 * commune within a radius, or in a département), format and accessibility. Nearest first around a point,
 * else by name. One page of each list (and whether there are more).
 */
export async function searchDirectory(ctx: Ctx, input: SearchDirectoryInput) {
	const query = parseInput(SearchDirectorySchema, input);
	const place: ResolvedPlace | null = query.place ? await resolvePlace(query.place) : null;
	const radius = query.radius ?? DEFAULT_RADIUS_KM;
	const page = query.page ?? 1;
	const offset = (page - 1) * PAGE_SIZE;
	const themes = query.theme ? themeSet(query.theme) : null;
	const unknownPlace = query.place !== undefined && place === null;
	if (unknownPlace)
		return { place: null, unknownPlace, radius, page, organisations: [], services: [], more: false };

	const organisationConditions = [
		sql`l.published`,
		themes ? sql`l.themes && ${textArray(themes)}` : undefined,
		query.accessibility.length ? sql`l.accessibility @> ${textArray(query.accessibility)}` : undefined,
		query.organisationKind ? sql`o.kind = ${query.organisationKind}` : undefined,
		query.format === 'in_person' ? sql`l.in_person` : undefined,
		query.format === 'online' ? sql`l.online` : undefined,
		query.format === 'phone' ? sql`l.phone is not null` : undefined,
		place?.kind === 'departement' ? sql`l.departement = ${place.departement}` : undefined,
		place?.kind === 'point' ? nearby('l', place, radius) : undefined
	];
	// A service serves its base commune and the départements of its area (`@>`, so the GIN index can
	// answer it beside the position or département index: a bitmap OR rather than a scan).
	const serviceConditions = [
		sql`s.published`,
		themes ? sql`s.themes && ${textArray(themes)}` : undefined,
		query.accessibility.length ? sql`s.accessibility @> ${textArray(query.accessibility)}` : undefined,
		query.serviceKind ? sql`s.kind = ${query.serviceKind}` : undefined,
		query.organisationKind ? sql`o.kind = ${query.organisationKind}` : undefined,
		query.format ? sql`${query.format} = any(s.formats)` : undefined,
		place?.kind === 'departement'
			? sql`(s.departement = ${place.departement} or s.area_departements @> ${textArray([place.departement])})`
			: undefined,
		place?.kind === 'point'
			? sql`((${nearby('s', place, radius)}) or s.area_departements @> ${textArray([place.departement])})`
			: undefined
	];
	const organisationDistance = place?.kind === 'point' ? distance('l', place) : sql`null::float8`;
	const serviceDistance =
		place?.kind === 'point' ? sql`coalesce(${distance('s', place)}, 0)` : sql`null::float8`;
	const organisationOrder = place?.kind === 'point' ? sql`distance_km, o.name` : sql`o.name, o.id`;
	const serviceOrder = place?.kind === 'point' ? sql`distance_km, s.title` : sql`s.title, s.id`;

	const [organisations, services] = await Promise.all([
		// A service kind asks for services only.
		query.serviceKind
			? Promise.resolve([] as DirectoryOrganisation[])
			: selectRows<DirectoryOrganisation>(
					ctx.db,
					sql`select o.slug, o.name, o.kind, l.commune_name as "communeName", l.departement, l.postcode,
						l.address, l.in_person as "inPerson", l.online, l.accessibility,
						${organisationDistance} as distance_km
					from directory_listings l join organisations o on o.id = l.organisation_id
					where ${and(organisationConditions)}
					order by ${organisationOrder} limit ${PAGE_SIZE + 1} offset ${offset}`
				),
		selectRows<DirectoryService>(
			ctx.db,
			sql`select s.id, s.title, s.kind, s.formats, s.price_kind as "priceKind",
				coalesce(o.name, a.pseudonym) as provider, o.slug as "organisationSlug",
				s.commune_name as "communeName", s.departement, ${serviceDistance} as distance_km
			from peer_services s
			left join organisations o on o.id = s.organisation_id
			left join accounts a on a.id = s.provider_id
			where ${and(serviceConditions)}
			order by ${serviceOrder} limit ${PAGE_SIZE + 1} offset ${offset}`
		)
	]);
	const rounded = <T extends { distanceKm: number | null; distance_km?: unknown }>(rows: T[]) =>
		rows.slice(0, PAGE_SIZE).map(({ distance_km, ...row }) => ({
			...row,
			distanceKm:
				distance_km === null || distance_km === undefined ? null : Math.round(Number(distance_km) * 10) / 10
		}));
	return {
		place,
		unknownPlace,
		radius,
		page,
		organisations: rounded(organisations as (DirectoryOrganisation & { distance_km?: unknown })[]),
		services: rounded(services as (DirectoryService & { distance_km?: unknown })[]),
		more: organisations.length > PAGE_SIZE || services.length > PAGE_SIZE
	};
}
