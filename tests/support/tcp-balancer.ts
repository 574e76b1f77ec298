import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A plain load balancer, as a school's proxy in front of several instances: each new TCP
 * connection goes to the next backend in turn (no sticky sessions), skipping one that refuses.
 */
export async function tcpBalancer(backends: number[]) {
	let next = 0;
	const open = new Set<Socket>();
	const server = createServer((client) => {
		open.add(client);
		client.on('close', () => open.delete(client));
		client.on('error', () => client.destroy());
		client.pause();
		const attempt = (left: number) => {
			if (left === 0) return client.destroy();
			const port = backends[next++ % backends.length]!;
			const upstream = createConnection({ host: '127.0.0.1', port });
			upstream.once('error', () => attempt(left - 1));
			upstream.once('connect', () => {
				upstream.removeAllListeners('error');
				upstream.on('error', () => client.destroy());
				upstream.on('close', () => client.destroy());
				client.on('close', () => upstream.destroy());
				client.pipe(upstream).pipe(client);
				client.resume();
			});
		};
		attempt(backends.length);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}`,
		close() {
			for (const socket of open) socket.destroy();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
