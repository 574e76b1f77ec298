/** Colours that stay readable as cursor labels on a white canvas. */
const PALETTE = ['#e03131', '#1971c2', '#2f9e44', '#f08c00', '#9c36b5', '#0c8599', '#c2255c', '#5f3dc4'];

/** Who this browser is on a board: the account's (or guest's) id and name, and a colour. */
export interface PresenceIdentity {
	id: string;
	name: string;
	color: string;
}

/** The same person gets the same colour on every device. */
export function presenceIdentity(id: string, name: string): PresenceIdentity {
	let hash = 0;
	for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return { id, name, color: PALETTE[hash % PALETTE.length]! };
}
