/** Where a shape sits in its parent, as tldraw keeps it: a child's x, y and rotation are its parent's. */
export interface Placement {
	parentId: string;
	x: number;
	y: number;
	rotation: number;
}

/** A shape's placement read from its record's fields; undefined when they are not a placement. */
export function placementOf(field: (name: string) => unknown): Placement | undefined {
	const [parentId, x, y, rotation] = ['parentId', 'x', 'y', 'rotation'].map(field);
	if (typeof parentId !== 'string') return undefined;
	if (![x, y, rotation].every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
	return { parentId, x: x as number, y: y as number, rotation: rotation as number };
}

const isPageId = (id: string) => id.startsWith('page:');

/**
 * The last known placement of every shape a board has held while loaded, deleted ones included.
 * A note put into a frame that someone deleted at the same moment (or while the note's author was
 * offline) arrives with coordinates inside a frame that is gone; with the frame's last placement
 * it can go on the page where it was seen rather than at its frame-relative numbers.
 */
export class ShapePlacements {
	private readonly placements = new Map<string, Placement>();

	/** Remembers a shape's placement now; a shape deleted later keeps its last one. */
	remember(id: string, placement: Placement): void {
		this.placements.set(id, placement);
	}

	/**
	 * `placement` (in its parent's space) on the page its chain of parents ends at, by their last
	 * known placements; undefined when a link of that chain was never seen (or loops).
	 */
	onPage(placement: Placement): Placement | undefined {
		let { parentId, x, y, rotation } = placement;
		for (let steps = 0; !isPageId(parentId); steps++) {
			const parent = this.placements.get(parentId);
			if (!parent || steps > this.placements.size) return undefined;
			const [cos, sin] = [Math.cos(parent.rotation), Math.sin(parent.rotation)];
			[x, y] = [parent.x + x * cos - y * sin, parent.y + x * sin + y * cos];
			rotation += parent.rotation;
			parentId = parent.parentId;
		}
		// Far-off crafted numbers can add up past what a number holds: no place is better than that.
		if (![x, y, rotation].every(Number.isFinite)) return undefined;
		return { parentId, x, y, rotation };
	}
}
