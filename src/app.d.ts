// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Principal } from '$lib/server/auth/principal.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in account or guest, set by `hooks.server.ts`. */
			principal: Principal | null;
		}
	}
}

export {};
