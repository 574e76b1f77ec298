/** Latencies in 1 ms buckets up to 30 s; the last bucket holds everything slower. */
export const BUCKETS = 30_001;

export function createHistogram(): Uint32Array {
	return new Uint32Array(BUCKETS);
}

export function record(histogram: Uint32Array, ms: number): void {
	const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.round(ms)));
	histogram[bucket]!++;
}

export function merge(histograms: Uint32Array[]): Uint32Array {
	const total = createHistogram();
	for (const histogram of histograms) for (let i = 0; i < BUCKETS; i++) total[i]! += histogram[i]!;
	return total;
}

export function percentile(histogram: Uint32Array, p: number): number | null {
	let count = 0;
	for (const n of histogram) count += n;
	if (count === 0) return null;
	const target = Math.ceil((p / 100) * count);
	let seen = 0;
	for (let i = 0; i < BUCKETS; i++) {
		seen += histogram[i]!;
		if (seen >= target) return i;
	}
	return BUCKETS - 1;
}

/** The middle of a few values (the upper middle of an even count), for benchmarks that repeat a run. */
export function median(values: number[]): number {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
