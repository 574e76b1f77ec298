export interface ServerConfig {
	port: number;
	host: string;
	/** Redis joining several instances (REDIS_URL); they must share one PostgreSQL database. */
	redisUrl?: string;
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
	return { port, host: env.HOST || '0.0.0.0', redisUrl };
}
