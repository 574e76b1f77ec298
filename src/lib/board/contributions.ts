import { resolve } from '$app/paths';

/** One person's part in a board, as the facilitator's panel lists it. */
export interface Contributor {
	name: string;
	shapesCreated: number;
	shapesChanged: number;
	fieldChanges: number;
	frames: string[];
}

/** Who did what on the board (since a snapshot); rejects with the server's message. */
export async function contributorsOf(boardId: string, since: string | null): Promise<Contributor[]> {
	const url = resolve('/b/[id]/contributions', { id: boardId });
	const response = await fetch(since ? `${url}?since=${encodeURIComponent(since)}` : url, {
		headers: { accept: 'application/json' }
	});
	if (!response.ok) {
		const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
		throw new Error(typeof body?.message === 'string' ? body.message : response.statusText);
	}
	return (await response.json()) as Contributor[];
}
