import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { createClient } from 'redis';
import type { AccessEvent, Relay, RelayChannel, RelayReceiver, RelayStatus } from '../sync/relay.ts';

const PREFIX = 'werkbord:';
const EVENTS_CHANNEL = `${PREFIX}events`;
const roomChannel = (key: string) => `${PREFIX}room:${key}`;
const lockKey = (key: string) => `${PREFIX}compact:${key}`;
/** Longer than any compaction takes; a crashed holder's lock frees itself after this. */
const LOCK_MS = 60_000;
const RELEASE_OWN_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/** How often an instance says it is alive, and after how long without a word it counts as gone. */
const LIVENESS = { heartbeatMs: 2_000, goneAfterMs: 10_000 };

/** What a room message carries. */
const Kind = { Updates: 0, Awareness: 1, Position: 2 } as const;

/**
 * Rooms shared between Werkbord instances through Redis pub/sub: one channel per room, which an
 * instance listens to while it holds the room. Pub/sub (not streams) because the database already
 * is the durable, numbered log: Redis only has to be fast. A message lost while Redis or the link
 * to it is down shows up as a gap in the numbers, or as the reconnect itself, and the room reads
 * what it missed from the log (RelayReceiver.resync).
 */
export class RedisRelay implements Relay {
	/** Stamped on every message: Redis hands publishers their own messages too. */
	readonly instance = randomBytes(8).toString('hex');
	private readonly publisher: ReturnType<typeof createClient>;
	private readonly subscriber: ReturnType<typeof createClient>;
	private readonly channels = new Map<string, RoomChannel>();
	private eventListener: ((event: AccessEvent) => void) | null = null;
	private goneListener: ((instance: string) => void) | null = null;
	/** Other instances, when each was last heard of. */
	private readonly peers = new Map<string, number>();
	private readonly heartbeat: NodeJS.Timeout;
	private readonly goneAfterMs: number;

	private constructor(url: string, liveness: typeof LIVENESS) {
		// Commands while Redis is away fail at once rather than queue: a lost relay message is
		// repaired from the database, a queued one would only arrive late.
		this.publisher = createClient({ url, disableOfflineQueue: true });
		this.subscriber = this.publisher.duplicate({ disableOfflineQueue: false });
		for (const [name, client] of [
			['publisher', this.publisher],
			['subscriber', this.subscriber]
		] as const) {
			client.on('error', (error: Error) => console.error(`[relay] Redis ${name}: ${error.message}`));
			// Subscriptions are renewed before 'ready'. What was published while either connection was
			// down is lost: each room reads the log, and tells the others how far it is.
			let connected = false;
			client.on('ready', () => {
				if (connected) for (const channel of this.channels.values()) channel.resync();
				connected = true;
				// Silence while this instance was cut off says nothing about the others.
				for (const instance of this.peers.keys()) this.peers.set(instance, performance.now());
			});
		}
		this.goneAfterMs = liveness.goneAfterMs;
		this.heartbeat = setInterval(() => this.beat(), liveness.heartbeatMs);
		this.heartbeat.unref();
	}

	/** Connects to Redis at `url` (both connections up before it resolves). */
	static async connect(url: string, liveness = LIVENESS): Promise<RedisRelay> {
		const relay = new RedisRelay(url, liveness);
		await relay.publisher.connect();
		await relay.subscriber.connect();
		await relay.subscriber.subscribe(EVENTS_CHANNEL, (message) => relay.receiveEvent(message));
		relay.beat();
		return relay;
	}

	async join(key: string): Promise<RelayChannel> {
		const channel = new RoomChannel(this, key);
		this.channels.set(key, channel);
		const subscribing = this.subscriber.subscribe(roomChannel(key), channel.listener, true);
		// While Redis is away the room opens without it; the subscription is made on reconnect.
		if (this.subscriber.isReady) await subscribing;
		else subscribing.catch(() => {});
		return channel;
	}

	readonly compactionLock = async (key: string, compaction: () => Promise<void>): Promise<void> => {
		const token = randomBytes(8).toString('hex');
		const taken = await this.publisher.set(lockKey(key), token, {
			condition: 'NX',
			expiration: { type: 'PX', value: LOCK_MS }
		});
		if (taken !== 'OK') return;
		try {
			await compaction();
		} finally {
			await this.publisher
				.eval(RELEASE_OWN_LOCK, { keys: [lockKey(key)], arguments: [token] })
				.catch(() => {}); // expires by itself
		}
	};

	publishEvent(event: AccessEvent): void {
		this.publish(EVENTS_CHANNEL, JSON.stringify({ from: this.instance, event }));
	}

	onEvent(listener: ((event: AccessEvent) => void) | null): void {
		this.eventListener = listener;
	}

	onInstanceGone(listener: ((instance: string) => void) | null): void {
		this.goneListener = listener;
	}

	status(): RelayStatus {
		return {
			connected: this.publisher.isReady && this.subscriber.isReady,
			instance: this.instance
		};
	}

	async close(): Promise<void> {
		clearInterval(this.heartbeat);
		this.channels.clear();
		await Promise.allSettled([this.subscriber.close(), this.publisher.close()]);
	}

	/** @internal A room channel's message out; a failure only costs latency (the log repairs it). */
	publish(channel: string, message: string | Buffer): void {
		if (!this.publisher.isReady) return;
		this.publisher.publish(channel, message).catch(() => {});
	}

	/** @internal Any message from another instance shows it is alive. */
	heard(instance: string): void {
		this.peers.set(instance, performance.now());
	}

	/** @internal */
	async leave(key: string, channel: RoomChannel): Promise<void> {
		if (this.channels.get(key) === channel) this.channels.delete(key);
		await this.subscriber.unsubscribe(roomChannel(key), channel.listener, true).catch(() => {});
	}

	/**
	 * Says this instance is alive, and lets go of instances not heard of for a while — unless
	 * this instance is the one cut off from Redis (then nobody was heard, and nobody is gone).
	 */
	private beat(): void {
		this.publish(EVENTS_CHANNEL, JSON.stringify({ from: this.instance }));
		if (!this.subscriber.isReady) return;
		const now = performance.now();
		for (const [instance, heardAt] of this.peers) {
			if (now - heardAt < this.goneAfterMs) continue;
			this.peers.delete(instance);
			this.goneListener?.(instance);
		}
	}

	/** An access event or a heartbeat (no event) from an instance. */
	private receiveEvent(message: string): void {
		try {
			const { from, event } = JSON.parse(message) as { from: string; event?: AccessEvent };
			if (from === this.instance) return;
			this.heard(from);
			if (event) this.eventListener?.(event);
		} catch (error) {
			console.error('[relay] unreadable access event:', error);
		}
	}
}

class RoomChannel implements RelayChannel {
	private readonly relay: RedisRelay;
	private readonly key: string;
	private readonly channel: string;
	private receiver: RelayReceiver | null = null;
	/** What arrived before the room was loaded. */
	private early: Buffer[] = [];
	private left = false;

	constructor(relay: RedisRelay, key: string) {
		this.relay = relay;
		this.key = key;
		this.channel = roomChannel(key);
	}

	readonly listener = (message: Buffer): void => {
		if (this.receiver) this.receive(this.receiver, message);
		else if (!this.left) this.early.push(message);
	};

	attach(receiver: RelayReceiver): void {
		this.receiver = receiver;
		for (const message of this.early) this.receive(receiver, message);
		this.early = [];
	}

	resync(): void {
		this.receiver?.resync();
	}

	publishUpdates(updates: Uint8Array[], lastSeq: number): void {
		this.send(Kind.Updates, (encoder) => {
			encoding.writeVarUint(encoder, lastSeq);
			encoding.writeVarUint(encoder, updates.length);
			for (const update of updates) encoding.writeVarUint8Array(encoder, update);
		});
	}

	publishAwareness(update: Uint8Array): void {
		this.send(Kind.Awareness, (encoder) => encoding.writeVarUint8Array(encoder, update));
	}

	publishPosition(lastSeq: number): void {
		this.send(Kind.Position, (encoder) => encoding.writeVarUint(encoder, lastSeq));
	}

	leave(): Promise<void> {
		this.receiver = null;
		this.left = true;
		this.early = [];
		return this.relay.leave(this.key, this);
	}

	/** A message: the sending instance, its kind, then what `write` adds. */
	private send(kind: (typeof Kind)[keyof typeof Kind], write: (encoder: encoding.Encoder) => void): void {
		const encoder = encoding.createEncoder();
		encoding.writeVarString(encoder, this.relay.instance);
		encoding.writeVarUint(encoder, kind);
		write(encoder);
		this.relay.publish(this.channel, Buffer.from(encoding.toUint8Array(encoder)));
	}

	private receive(receiver: RelayReceiver, message: Buffer): void {
		try {
			const decoder = decoding.createDecoder(message);
			const from = decoding.readVarString(decoder);
			if (from === this.relay.instance) return;
			this.relay.heard(from);
			const kind = decoding.readVarUint(decoder);
			if (kind === Kind.Updates) {
				const lastSeq = decoding.readVarUint(decoder);
				const count = decoding.readVarUint(decoder);
				const updates = Array.from({ length: count }, () => decoding.readVarUint8Array(decoder));
				receiver.updates(updates, lastSeq);
			} else if (kind === Kind.Awareness) {
				receiver.awareness(decoding.readVarUint8Array(decoder), from);
			} else if (kind === Kind.Position) {
				receiver.position(decoding.readVarUint(decoder));
			}
		} catch (error) {
			console.error(`[relay] a message for ${this.key} failed:`, error);
		}
	}
}
