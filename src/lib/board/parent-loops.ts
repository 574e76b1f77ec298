import { FIRST_PAGE_ID } from './board-doc.ts';

/**
 * The shapes to cut loose from their parent so that no chain of parents loops. tldraw follows a
 * shape's parents up to its page and never comes back from a loop: every browser on the board
 * would hang, and again on every reload. A loop comes from a crafted update, or from two people
 * at the same moment each moving a frame into the other. Each loop has a shape that changed (the
 * change that closed it); of the `changed` shapes, those on a loop are returned, one per loop.
 * `parentOf` answers a shape's parent id (undefined: none, or not a shape: a page ends the chain,
 * whatever it holds).
 */
export function shapesToCutLoose(
	changed: Iterable<string>,
	parentOf: (id: string) => string | undefined
): string[] {
	const cut = new Set<string>();
	const parent = (id: string) => (cut.has(id) ? undefined : parentOf(id));
	for (const start of changed) {
		const seen = new Set<string>();
		let id = parent(start);
		while (id !== undefined && id !== start && !seen.has(id)) {
			seen.add(id);
			id = parent(id);
		}
		if (id === start) cut.add(start);
	}
	return [...cut];
}

/** Where a shape cut loose goes: the board's first page (pages sort by their index). */
export function pageForLooseShapes(pages: { id: string; index: string }[]): string {
	const first = pages.reduce<{ id: string; index: string } | null>(
		(best, page) => (best === null || page.index < best.index ? page : best),
		null
	);
	return first?.id ?? FIRST_PAGE_ID;
}
