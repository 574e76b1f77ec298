/**
 * Resolves when the page has nothing else to do (at the latest after 2 s), for work that should
 * not stand in the way of opening a board. Browsers without `requestIdleCallback` wait 500 ms.
 */
export function whenIdle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2_000 });
		else setTimeout(resolve, 500);
	});
}
