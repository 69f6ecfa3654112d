import { z } from 'zod';
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

/**
 * The JSON Schema of a zod schema a use case validates with (its input side: what a client sends), so the
 * document cannot drift from the validation. Checks zod cannot express in JSON Schema (refinements,
 * transforms) are left out of the schema; the endpoint still applies them (400 with field errors).
 */
export const fromZod = (schema: z.ZodType): object => {
	const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
	return rest;
};

/** Query parameters from a zod object schema (each property one parameter). */
export const queryFromZod = (schema: z.ZodObject): object[] => {
	const json = fromZod(schema) as { properties?: Record<string, object>; required?: string[] };
	return Object.entries(json.properties ?? {}).map(([name, property]) => ({
		name,
		in: 'query',
		required: json.required?.includes(name) ?? false,
		schema: property
	}));
};
