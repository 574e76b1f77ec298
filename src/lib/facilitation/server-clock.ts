/**
 * How far the server's clock is ahead of this browser's, measured as NTP does: of a few round
 * trips to `/time`, the fastest, with the server's reading taken at its middle. Good to well under a
 * second, so every screen shows the same countdown; 0 until measured (or when the server is away).
 */
export async function measureServerOffset(samples = 3): Promise<number> {
	let best: { rtt: number; offset: number } | null = null;
	for (let i = 0; i < samples; i++) {
		try {
			const sent = Date.now();
			const response = await fetch('/time', { cache: 'no-store' });
			const { now } = (await response.json()) as { now: number };
			const received = Date.now();
			const rtt = received - sent;
			if (!best || rtt < best.rtt) best = { rtt, offset: now - (sent + received) / 2 };
		} catch {
			// Offline: keep what was measured.
		}
	}
	return best?.offset ?? 0;
}
