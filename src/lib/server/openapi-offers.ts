import { SaveDirectoryListingSchema, SearchDirectorySchema } from '$core/directory';
import {
	AnswerJobOfferSchema,
	BookServiceSchema,
	DecideBookingSchema,
	GrantVouchersSchema,
	ListJobOffersSchema,
	PublishJobOfferSchema,
	PublishServiceSchema,
	SetAnswerStatusSchema
} from '$core/offers';
import { errors, fromZod, jsonBody, ok, queryFromZod, uuidParameter } from './openapi-parts';

/**
 * The peer-work platform (services, vouchers, bookings, job offers and answers) and the directory, request
 * bodies generated from the zod schemas the use cases validate with. Path ids are taken from the path, not
 * the body. No payment goes through these endpoints: prices are recorded, and a funded booking the
 * provider accepts becomes a charge row the funder settles outside Entrepairs. An answer is 404 to anyone
 * but its author and the offering organisation's coordinators.
 */
const id = uuidParameter('id');
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const object = { type: 'object' };
const without = (schema: object, ...names: string[]) => {
	const copy = structuredClone(schema) as { properties?: Record<string, unknown>; required?: string[] };
	for (const name of names) delete copy.properties?.[name];
	if (copy.required) copy.required = copy.required.filter((name) => !names.includes(name));
	return copy;
};
const created = ok('Created', {
	type: 'object',
	properties: { id: { type: 'string', format: 'uuid' } }
});

export const offersPaths = {
	'/directory': {
		get: {
			summary:
				'Search the public directory: organisations and services by theme, kind, place (postcode, commune or département; radius in km), format and accessibility (repeatable)',
			parameters: queryFromZod(SearchDirectorySchema),
			responses: { '200': ok('Results, one page of each list', object), ...errors(400) }
		}
	},
	'/organisations/{slug}/directory-listing': {
		get: {
			parameters: [slug],
			summary:
				'An organisation’s directory entry (published, or any for its coordinators) and published services',
			responses: { '200': ok('Entry', object), ...errors(404) }
		},
		put: {
			parameters: [slug],
			summary: 'A coordinator writes the organisation’s directory entry; the place comes from the postcode',
			requestBody: jsonBody(without(fromZod(SaveDirectoryListingSchema), 'organisation')),
			responses: { '200': ok('Saved', object), ...errors(400, 401, 403, 404) }
		}
	},
	'/services': {
		post: {
			summary:
				'Publish a service in one’s own name (active peer supporters) or an organisation’s (coordinators)',
			requestBody: jsonBody(fromZod(PublishServiceSchema)),
			responses: { '201': created, ...errors(400, 401, 403, 404) }
		}
	},
	'/services/{id}': {
		get: {
			parameters: [id],
			summary: 'A published service, the caller’s unused vouchers for it and what they may do',
			responses: { '200': ok('Service', object), ...errors(404) }
		}
	},
	'/services/{id}/bookings': {
		post: {
			parameters: [id],
			summary:
				'Ask for a session at a proposed time; with a voucherId the booking is funded (a voucher is used once: a second use is 409)',
			requestBody: jsonBody(without(fromZod(BookServiceSchema), 'serviceId')),
			responses: {
				'201': ok('Booked', {
					type: 'object',
					properties: { id: { type: 'string' }, funded: { type: 'boolean' } }
				}),
				...errors(400, 401, 403, 404, 409)
			}
		}
	},
	'/services/{id}/vouchers': {
		post: {
			parameters: [id],
			summary: 'A funder’s coordinator gives one of its active members funded sessions (one voucher each)',
			requestBody: jsonBody(without(fromZod(GrantVouchersSchema), 'serviceId')),
			responses: { '201': ok('Vouchers', object), ...errors(400, 401, 403, 404) }
		}
	},
	'/bookings/{id}/decision': {
		post: {
			parameters: [id],
			summary:
				'The provider accepts or declines a booking, once; accepting a funded one records the funder’s charge',
			requestBody: jsonBody(without(fromZod(DecideBookingSchema), 'bookingId')),
			responses: { '200': ok('Decided', object), ...errors(400, 401, 404, 409) }
		}
	},
	'/me/peer-work': {
		get: {
			summary:
				'The caller’s vouchers, bookings made and to answer (with “funded by”, nothing more), services and answers',
			responses: { '200': ok('Space', object), ...errors(401) }
		}
	},
	'/job-offers': {
		get: {
			summary: 'Open missions and job offers for peer workers',
			parameters: queryFromZod(ListJobOffersSchema),
			responses: { '200': ok('Offers', object), ...errors(400) }
		},
		post: {
			summary: 'A coordinator publishes an offer for their organisation',
			requestBody: jsonBody(fromZod(PublishJobOfferSchema)),
			responses: { '201': created, ...errors(400, 401, 403, 404) }
		}
	},
	'/job-offers/{id}': {
		get: {
			parameters: [id],
			summary:
				'An offer, the caller’s own answer, and every answer for the organisation’s coordinators (null otherwise)',
			responses: { '200': ok('Offer', object), ...errors(404) }
		}
	},
	'/job-offers/{id}/answers': {
		post: {
			parameters: [id],
			summary:
				'Answer an offer with a message and experiences chosen from one’s profile (credentials will join once the wallet exists)',
			requestBody: jsonBody(without(fromZod(AnswerJobOfferSchema), 'offerId')),
			responses: { '201': ok('Answered', object), ...errors(400, 401, 403, 404, 409) }
		}
	},
	'/job-answers/{id}/status': {
		put: {
			parameters: [id],
			summary: 'The offering organisation’s coordinator sets an answer’s status',
			requestBody: jsonBody(without(fromZod(SetAnswerStatusSchema), 'answerId')),
			responses: { '200': ok('Saved', object), ...errors(400, 401, 404) }
		}
	}
};
