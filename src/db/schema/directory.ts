import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * An organisation's entry in the public directory, kept apart from `organisations` so the directory's
 * fields (address, opening hours, contacts, place) do not widen every organisation read. The place
 * (commune, département, coordinates) is copied from the shipped places file when the entry is saved, so
 * searches by distance are one SQL statement.
 */
export const directoryListings = pgTable(
	'directory_listings',
	{
		organisationId: uuid()
			.primaryKey()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		published: boolean().notNull().default(false),
		address: text().notNull().default(''),
		postcode: text(),
		communeCode: text(),
		communeName: text(),
		departement: text(),
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		/** True when the commune's coordinates are borrowed (same postcode or the département's chef-lieu). */
		placeApproximate: boolean().notNull().default(false),
		/** Free text, as the organisation words it ("lundi au vendredi, 14 h – 18 h"). */
		openingHours: text().notNull().default(''),
		phone: text(),
		email: text(),
		website: text(),
		inPerson: boolean().notNull().default(true),
		online: boolean().notNull().default(false),
		accessibility: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		themes: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('directory_listings_departement_index')
			.on(table.departement)
			.where(sql`published`),
		// Distance searches prefilter on a bounding box of latitude then longitude.
		index('directory_listings_position_index')
			.on(table.latitude, table.longitude)
			.where(sql`published`),
		index('directory_listings_themes_index').using('gin', table.themes)
	]
);
