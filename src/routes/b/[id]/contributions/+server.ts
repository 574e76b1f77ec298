import { json } from '@sveltejs/kit';
import { orErrorPage } from '$lib/server/action.ts';
import { services } from '$lib/server/services/index.ts';
import type { RequestHandler } from './$types';

/**
 * `/b/<id>/contributions?since=<snapshot>`: who did what on the board (facilitators only), as JSON.
 * Asked for by the facilitator's panel when it opens, not by the board page: on a big board it
 * means decoding the whole board on the server (0.5 s at 10,000 notes).
 */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const since = url.searchParams.get('since') || null;
	const contributors = await orErrorPage(
		(await services()).exports.contributions(locals.principal, params.id, since)
	);
	return json(contributors, { headers: { 'cache-control': 'private, no-store' } });
};
