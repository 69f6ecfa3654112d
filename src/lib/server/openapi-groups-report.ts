import { ActivityReportSchema } from '$core/gatherings';
import { errors, queryFromZod } from './openapi-parts';

/**
 * The organisation's group activity report in the OpenAPI document: its query parameters generated from
 * the zod schema the use case validates with. Counts only; NOT_FOUND for anyone but its coordinators.
 */
const counts = {
	type: 'object',
	description:
		'held: sessions that took place; recorded: of those, with attendance recorded; attendedRegistered: registered people who came; walkIns: people who came without registering; cancelled: sessions cancelled',
	properties: Object.fromEntries(
		['held', 'recorded', 'attendedRegistered', 'walkIns', 'cancelled'].map((name) => [
			name,
			{ type: 'integer' }
		])
	)
};
const monthCounts = {
	allOf: [counts, { type: 'object', properties: { month: { type: 'string', example: '2026-03' } } }]
};

export const groupsReportPaths = {
	'/organisations/{slug}/activity': {
		get: {
			parameters: [
				{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
				...queryFromZod(ActivityReportSchema.omit({ slug: true })),
				{
					name: 'format',
					in: 'query',
					required: false,
					description: 'csv: the same figures as a CSV download (UTF-8 with a byte order mark)',
					schema: { type: 'string', enum: ['json', 'csv'] }
				}
			],
			summary:
				'The organisation’s group activity per group and per month (Paris time), for its coordinators: counts, never names',
			responses: {
				'200': {
					description: 'The report',
					content: {
						'application/json': {
							schema: {
								type: 'object',
								properties: {
									organisation: {
										type: 'object',
										properties: { name: { type: 'string' }, slug: { type: 'string' } }
									},
									period: {
										type: 'object',
										properties: {
											from: { type: 'string' },
											to: { type: 'string' },
											months: { type: 'array', items: { type: 'string' } },
											maxMonths: { type: 'integer' }
										}
									},
									groups: {
										type: 'array',
										items: {
											type: 'object',
											properties: {
												groupId: { type: 'string', format: 'uuid' },
												title: { type: 'string' },
												kind: { type: 'string' },
												months: { type: 'array', items: monthCounts },
												total: counts
											}
										}
									},
									months: { type: 'array', items: monthCounts },
									total: counts
								}
							}
						},
						'text/csv': { schema: { type: 'string' } }
					}
				},
				...errors(400, 401, 404)
			}
		}
	}
};
