import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * The server's clock, for the workshop timer: every screen counts down to the same server time
 * (src/lib/facilitation/server-clock.ts). Public: the time tells nobody anything.
 */
export const GET: RequestHandler = () =>
	json({ now: Date.now() }, { headers: { 'cache-control': 'no-store' } });
