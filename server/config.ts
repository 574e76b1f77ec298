export interface ServerConfig {
	port: number;
	host: string;
	/** Redis joining several instances (REDIS_URL); they must share one PostgreSQL database. */
	redisUrl?: string;
	/** From how many connections a board shows only its active people (QUIET_PRESENCE_FROM; see SyncLimits). */
	quietPresenceFrom?: number;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	const port = Number(env.PORT ?? 3000);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`PORT must be a port number, got "${env.PORT}"`);
	}
	const redisUrl = env.REDIS_URL || undefined;
	if (redisUrl && !env.DATABASE_URL) {
		throw new Error(
			'REDIS_URL joins several instances, which must share one database: set DATABASE_URL (PostgreSQL) too'
		);
	}
	const quietPresenceFrom = env.QUIET_PRESENCE_FROM ? Number(env.QUIET_PRESENCE_FROM) : undefined;
	if (quietPresenceFrom !== undefined && !(Number.isInteger(quietPresenceFrom) && quietPresenceFrom >= 2)) {
		throw new Error(
			`QUIET_PRESENCE_FROM must be a whole number of at least 2, got "${env.QUIET_PRESENCE_FROM}"`
		);
	}
	return { port, host: env.HOST || '0.0.0.0', redisUrl, quietPresenceFrom };
}
