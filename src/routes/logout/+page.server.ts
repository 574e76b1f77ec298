import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/session-cookie.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.principal) await (await services()).accounts.logOut(locals.principal);
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
