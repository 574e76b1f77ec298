import { CloseCode } from '../../src/lib/sync/endpoint.ts';
import type { Connection } from './connection.ts';
import { decodeClientMessage, MalformedMessageError } from './protocol.ts';

/** What a decoded client message is handed to (the room). */
export interface MessageTarget {
	sendDocument(connection: Connection, stateVector: Uint8Array): Promise<void>;
	applyUpdate(connection: Connection, update: Uint8Array): void;
	applyAwareness(connection: Connection, update: Uint8Array): void;
	sendAwareness(connection: Connection): void;
	runCommand(connection: Connection, command: unknown): void;
}

/** Decodes one client frame and hands it on; a bad frame closes only its own socket. */
export function receiveMessage(target: MessageTarget, connection: Connection, data: Uint8Array): void {
	let message;
	try {
		message = decodeClientMessage(data);
	} catch (error) {
		if (!(error instanceof MalformedMessageError)) throw error;
		connection.close(CloseCode.MalformedMessage, 'malformed message');
		return;
	}
	switch (message.kind) {
		case 'sync-step-1':
			target.sendDocument(connection, message.stateVector).catch((error) => connection.fail(error));
			break;
		case 'update':
			// A viewer receives the board; what it sends is dropped (and counted), never applied.
			if (connection.mayEdit) target.applyUpdate(connection, message.update);
			else connection.droppedUpdates++;
			break;
		case 'awareness':
			target.applyAwareness(connection, message.update);
			break;
		case 'query-awareness':
			target.sendAwareness(connection);
			break;
		case 'command':
			target.runCommand(connection, message.command);
			break;
	}
}
