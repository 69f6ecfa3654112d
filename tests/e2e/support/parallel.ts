/**
 * Runs `task` on every item, at most `limit` at a time (one lane's server gets a few requests at once, as
 * from a few people, instead of one after another: its database and the client work overlap). The first
 * failure stops the others from taking new items, and is rethrown once those in flight are over.
 */
export async function eachInParallel<T>(
	items: readonly T[],
	limit: number,
	task: (item: T) => Promise<void>
): Promise<void> {
	let next = 0;
	let failed = false;
	const runner = async () => {
		while (!failed && next < items.length) {
			const item = items[next++]!;
			try {
				await task(item);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	};
	const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, runner));
	const failure = results.find((result) => result.status === 'rejected');
	if (failure) throw (failure as PromiseRejectedResult).reason;
}
