import type { VoteScope } from './facilitation-commands.ts';
import type { VoteState } from './facilitation-state.ts';

/** What a vote needs to know of a shape: its type and its parent. */
export type ShapeLookup = (id: string) => { type: string; parentId: string } | undefined;

// The structure is not voted on: frames, arrows, the ring and small print.
const NOT_VOTABLE = new Set(['frame', 'arrow', 'stepfree-ring', 'text']);
const MAX_DEPTH = 50;

/** Whether a dot may go on shape `id` in a vote of this scope (the server and the canvas agree on it). */
export function isVoteTarget(scope: VoteScope, id: string, lookup: ShapeLookup): boolean {
	const shape = lookup(id);
	if (!shape || NOT_VOTABLE.has(shape.type)) return false;
	if (scope.kind === 'board') return true;
	if (scope.kind === 'shapes') return scope.shapes.includes(id);
	let parent: string | undefined = shape.parentId;
	for (let depth = 0; parent && depth < MAX_DEPTH; depth++) {
		if (parent === scope.frame) return true;
		parent = lookup(parent)?.parentId;
	}
	return false;
}

/** Dots left to a voter. */
export const dotsLeft = (vote: VoteState, mine: Record<string, number>) =>
	vote.votesPerPerson - Object.values(mine).reduce((sum, n) => sum + n, 0);

/** The items with dots, most first (ties by id, so every screen lists them alike). */
export function ranking(vote: VoteState): { target: string; count: number; voters: string[] }[] {
	return Object.entries(vote.counts ?? {})
		.filter(([, count]) => count > 0)
		.map(([target, count]) => ({ target, count, voters: vote.voters?.[target] ?? [] }))
		.sort((a, b) => b.count - a.count || a.target.localeCompare(b.target));
}
