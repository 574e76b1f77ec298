import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { UserPrincipal } from './auth/principal.ts';

/** The signed-in account; anyone else is sent to the login page and brought back afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): UserPrincipal {
	const principal = event.locals.principal;
	if (principal?.kind === 'user') return principal;
	redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
}
