const STORAGE_KEY = 'werkbord.identity';
export const NAME_MAX_LENGTH = 40;

/** Colours that stay readable as cursor labels on a white canvas. */
const PALETTE = ['#e03131', '#1971c2', '#2f9e44', '#f08c00', '#9c36b5', '#0c8599', '#c2255c', '#5f3dc4'];

interface StoredIdentity {
	id: string;
	name: string;
	color: string;
}

/**
 * Who this browser is on a board, until accounts exist: a random id, a chosen name and a colour,
 * remembered in localStorage.
 */
export class Identity {
	id = $state('');
	name = $state('');
	color = $state(PALETTE[0]!);

	constructor() {
		const stored = read();
		this.id = stored?.id ?? crypto.randomUUID();
		this.name = stored?.name ?? '';
		this.color = stored?.color ?? PALETTE[Math.floor(Math.random() * PALETTE.length)]!;
	}

	get needsName(): boolean {
		return this.name.length === 0;
	}

	/** Saves a trimmed name; returns false (and keeps the old one) when it is empty. */
	rename(raw: string): boolean {
		const name = raw.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH);
		if (!name) return false;
		this.name = name;
		localStorage.setItem(STORAGE_KEY, JSON.stringify({ id: this.id, name, color: this.color }));
		return true;
	}
}

function read(): StoredIdentity | null {
	try {
		const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<StoredIdentity> | null;
		if (typeof value?.id !== 'string' || typeof value.name !== 'string' || typeof value.color !== 'string') {
			return null;
		}
		return { id: value.id, name: value.name, color: value.color };
	} catch {
		return null;
	}
}
