import { ChangeOccurrenceFields } from '$core/gatherings';
import { errors, fromZod, jsonBody, ok, uuidParameter } from './openapi-parts';
import { sessionsPaths } from './openapi-sessions';

/**
 * Changing one occurrence (PATCH), added to the occurrence's path of openapi-sessions.ts. The body comes
 * from the zod schema the use case validates with.
 */
const occurrencePath = '/occurrences/{occurrenceId}';

export const sessionEditPaths = {
	[occurrencePath]: {
		...sessionsPaths[occurrencePath],
		patch: {
			summary:
				'Change this occurrence only (facilitators and coordinators): move it (date and time on its schedule’s clock), its duration, and the place, accessibility, link or phone of its mode; people registered or waiting are told',
			parameters: [uuidParameter('occurrenceId')],
			requestBody: jsonBody(fromZod(ChangeOccurrenceFields.omit({ occurrenceId: true }))),
			responses: {
				'200': ok('Changed (or nothing to change)', {
					type: 'object',
					properties: {
						occurrenceId: { type: 'string', format: 'uuid' },
						changed: { type: 'boolean', description: 'False when nothing differed: nobody is told' }
					}
				}),
				...errors(400, 401, 403, 404, 409)
			}
		}
	}
};
