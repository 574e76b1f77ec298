/** Awareness client ids a tab announces; the margin allows a client that recreates its doc on one socket. */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;
/** Bindings kept for ids no longer in use, so a long-lived room's map stays bounded. */
const MAX_BOUND_IDS = 20_000;

interface Owner {
	readonly principalId: string;
	/** The ids this owner announced and still holds. */
	readonly awarenessIds: Set<number>;
}

/**
 * Who may change which awareness entry. While a connection holds an id, only it may change that
 * entry; and an id stays bound to the account or guest that first used it for as long as the room
 * lives, so nobody can take over a disconnected participant's id and appear in their place when
 * they come back.
 */
export class AwarenessOwnership<C extends Owner> {
	private readonly holders = new Map<number, C>();
	private readonly principals = new Map<number, string>();
	/** Ids held now, per account or guest. */
	private readonly heldPerPrincipal = new Map<string, number>();

	/** Held by another connection now: its entry in this frame is an echo, not a change. */
	heldByOther(connection: C, clientId: number): boolean {
		const holder = this.holders.get(clientId);
		return holder !== undefined && holder !== connection;
	}

	/**
	 * The ids of a frame this connection may change: not bound to someone else, and within its quota
	 * of ids, counting the new ones in this very frame.
	 */
	permitted(connection: C, clientIds: number[]): Set<number> {
		const permitted = new Set<number>();
		let held = connection.awarenessIds.size;
		for (const id of clientIds) {
			if (permitted.has(id) || this.heldByOther(connection, id)) continue;
			const boundTo = this.principals.get(id);
			if (boundTo !== undefined && boundTo !== connection.principalId) continue;
			if (!connection.awarenessIds.has(id)) {
				if (held >= MAX_AWARENESS_IDS_PER_CONNECTION) continue;
				held++;
			}
			permitted.add(id);
		}
		return permitted;
	}

	claim(connection: C, clientId: number): void {
		if (this.holders.get(clientId) === connection) return;
		connection.awarenessIds.add(clientId);
		this.holders.set(clientId, connection);
		this.count(connection.principalId, 1);
		this.principals.delete(clientId);
		this.principals.set(clientId, connection.principalId);
		if (this.principals.size > MAX_BOUND_IDS) this.forgetUnheld();
	}

	release(connection: C, clientId: number): void {
		connection.awarenessIds.delete(clientId);
		if (this.holders.get(clientId) !== connection) return;
		this.holders.delete(clientId);
		this.count(connection.principalId, -1);
	}

	/** Whether this account or guest holds an id in the room now. */
	isPresent(principalId: string): boolean {
		return this.heldPerPrincipal.has(principalId);
	}

	private count(principalId: string, delta: number): void {
		const held = (this.heldPerPrincipal.get(principalId) ?? 0) + delta;
		if (held > 0) this.heldPerPrincipal.set(principalId, held);
		else this.heldPerPrincipal.delete(principalId);
	}

	/** Oldest bindings first, keeping those in use. */
	private forgetUnheld(): void {
		for (const id of this.principals.keys()) {
			if (this.principals.size <= MAX_BOUND_IDS / 2) break;
			if (!this.holders.has(id)) this.principals.delete(id);
		}
	}
}
