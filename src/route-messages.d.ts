// The route table made by the Vite plugin in vite.config.ts (see scripts/route-messages.js).
declare module 'virtual:entrepairs/route-messages' {
	const table: Record<string, readonly string[]> | null;
	export default table;
}
