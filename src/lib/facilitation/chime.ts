/** A soft two-note chime (Web Audio, nothing to download) for the end of the timer. */
export function playChime(): void {
	const AudioContextClass = globalThis.AudioContext;
	if (!AudioContextClass) return;
	const context = new AudioContextClass();
	[660, 880].forEach((frequency, i) => {
		const start = context.currentTime + i * 0.35;
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.frequency.value = frequency;
		gain.gain.setValueAtTime(0.0001, start);
		gain.gain.exponentialRampToValueAtTime(0.12, start + 0.04);
		gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
		oscillator.connect(gain).connect(context.destination);
		oscillator.start(start);
		oscillator.stop(start + 1);
	});
	setTimeout(() => void context.close(), 2_000);
}
