import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { SESSION_COOKIE } from '$lib/server/auth/cookie.ts';
import { principalOf } from '$lib/server/auth/principal.ts';
import { clearSessionCookie, setSessionCookie } from '$lib/server/auth/session-cookie.ts';
import { services } from '$lib/server/services/index.ts';

/** Puts the session's account or guest on `locals`, sliding the cookie's expiry along. */
const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.principal = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { db, sessions } = await services();
		const validated = await sessions.validate(token);
		const principal = validated && (await principalOf(db, validated.session));
		if (!validated || !principal) clearSessionCookie(event.cookies, event.url);
		else {
			event.locals.principal = principal;
			if (validated.renewed) setSessionCookie(event.cookies, event.url, token, validated.session.expiresAt);
		}
	}
	return resolve(event);
};

/** Headers the CSP (set by SvelteKit from `svelte.config.js`) does not cover. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

/** Resolves the UI language (cookie, else Dutch) and writes it into `<html lang>`. */
const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

export const handle = sequence(securityHeaders, authenticate, i18n);
