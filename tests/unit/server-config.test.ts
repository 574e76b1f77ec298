import { describe, expect, it } from 'vitest';
import { serverConfigFromEnv } from '../../server/config.ts';

describe('server configuration', () => {
	it('reads the port, Redis and the crowd size from the environment', () => {
		expect(serverConfigFromEnv({ PORT: '4000', QUIET_PRESENCE_FROM: '500' })).toMatchObject({
			port: 4000,
			quietPresenceFrom: 500
		});
		expect(serverConfigFromEnv({}).quietPresenceFrom).toBeUndefined();
	});

	it('refuses what it cannot use, with the variable named', () => {
		expect(() => serverConfigFromEnv({ PORT: '70000' })).toThrow(/PORT/);
		expect(() => serverConfigFromEnv({ QUIET_PRESENCE_FROM: '1' })).toThrow(/QUIET_PRESENCE_FROM/);
		expect(() => serverConfigFromEnv({ QUIET_PRESENCE_FROM: 'veel' })).toThrow(/QUIET_PRESENCE_FROM/);
		expect(() => serverConfigFromEnv({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/DATABASE_URL/);
	});
});
