import places from './data/places-fr.json' with { type: 'json' };

/** A French commune from the shipped places file (scripts/build-places.js states sources and licences). */
export interface Commune {
	code: string;
	name: string;
	departement: string;
	postcodes: string[];
	latitude: number;
	longitude: number;
	/** Coordinates borrowed from a commune of the same postcode or the département's chef-lieu. */
	approximate: boolean;
}

/** Where a search looks: around a postcode or commune (distance), or in a whole département. */
export type ResolvedPlace =
	| {
			kind: 'point';
			label: string;
			departement: string;
			latitude: number;
			longitude: number;
			approximate: boolean;
	  }
	| { kind: 'departement'; label: string; departement: string };

type Row = [string, string, string, string, number, number, number];
const rows = (places as unknown as { communes: Row[] }).communes;
const departementNames = new Map((places as unknown as { departements: [string, string][] }).departements);

const normalise = (name: string) =>
	name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

// Built once at module load: by INSEE code, by postcode, by normalised name.
const byCode = new Map<string, Commune>();
const byPostcode = new Map<string, Commune[]>();
const byName = new Map<string, Commune[]>();
for (const [code, name, departement, postcodes, latitude, longitude, approximate] of rows) {
	const commune: Commune = {
		code,
		name,
		departement,
		postcodes: postcodes ? postcodes.split(' ') : [],
		latitude,
		longitude,
		approximate: approximate === 1
	};
	byCode.set(code, commune);
	for (const postcode of commune.postcodes)
		byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
	const key = normalise(name);
	byName.set(key, [...(byName.get(key) ?? []), commune]);
}

export const communeByCode = (code: string): Commune | undefined => byCode.get(code);
export const communesByPostcode = (postcode: string): Commune[] => byPostcode.get(postcode) ?? [];
export const departementName = (code: string): string | undefined => departementNames.get(code);
export const isDepartement = (code: string): boolean => departementNames.has(code);
export const allCommunes = (): Commune[] => [...byCode.values()];

/**
 * Reads what a person typed in the place field: a postcode ("35000"), a département code ("35", "2A",
 * "974"), or a commune's name ("Rennes", "saint-brieuc"; the first of namesakes). Null when unknown.
 */
export function resolvePlace(text: string): ResolvedPlace | null {
	const query = text.trim();
	if (!query) return null;
	if (/^\d{5}$/.test(query)) {
		const communes = communesByPostcode(query);
		const exact = communes.find((commune) => !commune.approximate) ?? communes[0];
		if (!exact) return null;
		return point(`${query} ${exact.name}`, exact);
	}
	const code = query.toUpperCase();
	if (isDepartement(code))
		return { kind: 'departement', label: `${departementName(code)} (${code})`, departement: code };
	const [commune] = byName.get(normalise(query)) ?? [];
	return commune ? point(`${commune.name} (${commune.departement})`, commune) : null;
}

const point = (label: string, commune: Commune): ResolvedPlace => ({
	kind: 'point',
	label,
	departement: commune.departement,
	latitude: commune.latitude,
	longitude: commune.longitude,
	approximate: commune.approximate
});

/** The commune a listing's postcode and commune name designate (the name picks among a postcode's communes). */
export function communeFor(postcode: string, name?: string): Commune | undefined {
	const communes = communesByPostcode(postcode.trim());
	if (name) {
		const wanted = normalise(name);
		const named = communes.find((commune) => normalise(commune.name) === wanted);
		if (named) return named;
	}
	return communes[0];
}
