import type { z } from 'zod';
import { communeFor } from '../directory/places';
import { DomainError } from '../shared';
import type { EditServiceSchema } from './schemas';

type ServiceFields = Omit<z.output<typeof EditServiceSchema>, 'serviceId'>;

/**
 * The columns a service's own fields fill, on publishing and on editing alike. The base commune comes from
 * the postcode (and name, among a postcode's communes); an unknown postcode is a field error.
 */
export async function serviceColumns(data: ServiceFields) {
	const commune = data.postcode ? await communeFor(data.postcode, data.communeName) : undefined;
	if (data.postcode && !commune)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'postcode', message: 'validation.offers.unknownPostcode' }
		]);
	return {
		kind: data.kind,
		title: data.title,
		description: data.description,
		formats: data.formats,
		communeCode: commune?.code ?? null,
		communeName: commune?.name ?? null,
		departement: commune?.departement ?? null,
		latitude: commune?.latitude ?? null,
		longitude: commune?.longitude ?? null,
		areaDepartements: data.areaDepartements,
		languages: data.languages,
		accessibility: data.accessibility,
		themes: data.themes,
		priceKind: data.priceKind,
		priceCents: data.priceKind === 'free' ? null : (data.price ?? 0) * 100
	};
}
