/** Building blocks shared by the parts of the OpenAPI document (see openapi.ts). */
export const problem = { $ref: '#/components/responses/Problem' };
export const errors = (...codes: number[]) =>
	Object.fromEntries(codes.map((code) => [String(code), problem]));
export const jsonBody = (schema: object) => ({
	required: true,
	content: { 'application/json': { schema } }
});
export const ok = (description: string, schema?: object) => ({
	description,
	...(schema ? { content: { 'application/json': { schema } } } : {})
});
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** A path parameter holding a uuid. */
export const uuidParameter = (name: string) => ({
	name,
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' }
});
export const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
