import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, RECOVERY_CODE_COUNT } from '$core/accounts';
import { errors, jsonBody, ok, ref } from './openapi-parts';

/**
 * Account recovery in the OpenAPI document. Asking for a link answers 202 whether or not an account
 * matches; a recovery code signs in like POST /session (same throttling buckets, same answer for an
 * unknown pseudonym and a wrong or used code).
 */
const newPassword = { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH };

export const recoveryPaths = {
	'/recovery/email': {
		post: {
			summary:
				'Send a single-use recovery link (1 hour) to the email of the account named by a pseudonym or an email; 404 when this instance sends no email',
			security: [],
			requestBody: jsonBody({
				type: 'object',
				required: ['identifier'],
				properties: { identifier: { type: 'string', maxLength: 254 } }
			}),
			responses: {
				'202': ok('Accepted (the same answer whether or not an account matches)', ref('RecoveryAccepted')),
				...errors(400, 404, 429)
			}
		}
	},
	'/recovery/code': {
		post: {
			summary:
				'Set a new password with a recovery code (used up), close every session, and get a bearer token',
			security: [],
			requestBody: jsonBody({
				type: 'object',
				required: ['pseudonym', 'code', 'newPassword'],
				properties: {
					pseudonym: { type: 'string' },
					code: { type: 'string', examples: ['ABCD-EFGH-JKMN'] },
					newPassword
				}
			}),
			responses: {
				'201': ok('Signed in', ref('Session')),
				...errors(400, 403, 429)
			}
		}
	},
	'/me/recovery-codes': {
		post: {
			summary: `Replace my recovery codes with ${RECOVERY_CODE_COUNT} new ones (the old ones stop working); shown in this answer only`,
			requestBody: jsonBody({
				type: 'object',
				required: ['password'],
				properties: { password: { type: 'string' } }
			}),
			responses: { '201': ok('New codes', ref('RecoveryCodes')), ...errors(400, 401, 429) }
		}
	}
};

export const recoverySchemas = {
	RecoveryAccepted: {
		type: 'object',
		required: ['accepted'],
		properties: { accepted: { const: true } }
	},
	RecoveryCodes: {
		type: 'object',
		required: ['codes'],
		properties: {
			codes: {
				type: 'array',
				minItems: RECOVERY_CODE_COUNT,
				maxItems: RECOVERY_CODE_COUNT,
				items: { type: 'string', pattern: '^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$' }
			}
		}
	}
};
