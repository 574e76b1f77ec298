import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/session-cookie.ts';
import { boardEvents } from '$lib/server/boards/index.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.principal) {
			await (await services()).sessions.invalidate(locals.principal.sessionId);
			// Open board sockets of this session close now, not at the next periodic check.
			boardEvents().emit('principal-changed', locals.principal.id);
		}
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
