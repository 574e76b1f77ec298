import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { boardRepository } from '$lib/server/boards/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const board = await (await boardRepository()).get(params.id);
	if (!board) error(404, m.board_not_found());
	return { board: { id: board.id, title: board.title } };
};
