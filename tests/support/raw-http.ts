import { connect } from 'node:net';

/**
 * Sends `request` byte for byte over a new TCP connection (no client library to tidy up the URL or
 * headers) and resolves with the status code of the answer, or 0 when the server closed the
 * connection without one.
 */
export function rawHttp(port: number, request: string | Buffer, timeoutMs = 10_000): Promise<number> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let received = '';
		const done = (status: number) => {
			clearTimeout(timer);
			socket.destroy();
			resolve(status);
		};
		const timer = setTimeout(() => done(0), timeoutMs);
		socket.on('data', (chunk) => {
			received += chunk.toString('latin1');
			const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
			if (status) done(Number(status[1]));
		});
		socket.on('error', () => done(0));
		socket.on('close', () => done(0));
		socket.write(request);
	});
}

/** A GET request line with `target` as it is, plus headers. */
export function rawGet(target: string, headers: Record<string, string> = {}): string {
	const all = { Host: '127.0.0.1', Connection: 'close', ...headers };
	const lines = [
		`GET ${target} HTTP/1.1`,
		...Object.entries(all).map(([name, value]) => `${name}: ${value}`)
	];
	return `${lines.join('\r\n')}\r\n\r\n`;
}

/** A WebSocket upgrade request for `target` as it is. */
export function rawUpgrade(target: string, headers: Record<string, string> = {}): string {
	return rawGet(target, {
		Connection: 'Upgrade',
		Upgrade: 'websocket',
		'Sec-WebSocket-Version': '13',
		'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
		...headers
	});
}
