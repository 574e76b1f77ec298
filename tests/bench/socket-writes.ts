/**
 * The floor under bench:sync on this machine: what one small write to each of N TCP sockets costs,
 * with nothing else to do. A room's turn writes once to each of its sockets (a document update,
 * the cursors due with it, or both in one write); at 2,000 people and 20 turns a second that is
 * 40,000 writes a second. Here a server process (core 0) writes BENCH_BYTES to each of
 * BENCH_SOCKETS sockets per turn, 20 turns a second, and a client process (core 1) reads them, as
 * in `BENCH_PIN=1 npm run bench:sync`. With BENCH_ECHO=1 it also answers every other turn (the
 * cursor ticks) on each socket, as a published y-websocket client echoes every cursor frame: 20,000
 * reads a second more. Prints the turn's time and the server's user and kernel CPU: JavaScript
 * does next to nothing here.
 *
 *   npm run bench:writes                       # BENCH_SOCKETS=2000 BENCH_BYTES=600
 *   BENCH_SOCKETS=1000 BENCH_ECHO=1 npm run bench:writes
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { median } from './histogram.ts';
import { pin } from './pin.ts';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 2000);
const BYTES = Number(process.env.BENCH_BYTES ?? 600);
const TURNS = 200;
const TURN_MS = 50;
const ECHOED = 1;
const ECHO = process.env.BENCH_ECHO === '1';
const role = process.argv[2];

if (role === 'clients') {
	const port = Number(process.argv[3]);
	for (let i = 0; i < SOCKETS; i++) {
		const socket = net.connect(port, '127.0.0.1');
		socket.setNoDelay(true);
		// A frame starting with 1 stands for a cursor frame: echoed, as a published y-websocket client does.
		socket.on('data', (data: Buffer) => {
			if (ECHO && data[0] === ECHOED) socket.write(data);
		});
		socket.on('error', () => {});
		if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 10));
	}
} else {
	const sockets: net.Socket[] = [];
	const server = net.createServer((socket) => {
		socket.setNoDelay(true);
		socket.on('data', () => {});
		sockets.push(socket);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	pin(process.pid, 0);
	const port = (server.address() as net.AddressInfo).port;
	const clients = fork(new URL(import.meta.url).pathname, ['clients', String(port)]);
	pin(clients.pid!, 1);
	while (sockets.length < SOCKETS) await new Promise((resolve) => setTimeout(resolve, 50));

	const frames = [Buffer.alloc(BYTES, 0), Buffer.alloc(BYTES, ECHOED)];
	const turns: number[] = [];
	const cpu0 = process.cpuUsage();
	const started = performance.now();
	for (let i = 0; i < TURNS; i++) {
		const t0 = performance.now();
		for (const socket of sockets) socket.write(frames[i % 2]!);
		turns.push(performance.now() - t0);
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, TURN_MS - (performance.now() - t0))));
	}
	const seconds = (performance.now() - started) / 1000;
	const cpu = process.cpuUsage(cpu0);
	const perWrite = (median(turns) / SOCKETS) * 1000;
	turns.sort((a, b) => a - b);
	const share = (micros: number) => `${((micros / 1e6 / seconds) * 100).toFixed(0)}%`;
	console.log(
		`${SOCKETS} sockets, ${BYTES} B each, ${1000 / TURN_MS} turns/s${ECHO ? ', every other one echoed' : ''} (server on core 0, clients on core 1):\n` +
			`  turn p50 ${median(turns).toFixed(1)} ms, p90 ${turns[Math.floor(TURNS * 0.9)]!.toFixed(1)} ms — ${perWrite.toFixed(1)} µs a write\n` +
			`  server CPU: ${share(cpu.user)} user + ${share(cpu.system)} kernel of its core`
	);
	clients.kill();
	server.close();
	for (const socket of sockets) socket.destroy();
}
