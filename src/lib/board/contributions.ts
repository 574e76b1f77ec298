import { resolve } from '$app/paths';
import type { Contributor } from '$lib/server/boards/contribution-table.ts';

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
