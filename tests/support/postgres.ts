import { randomBytes } from 'node:crypto';
import pg from 'pg';

const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether PostgreSQL tests can run. Without a reachable server they skip with one line, unless
 * WERKBORD_REQUIRE_SERVICES=1 (set by CI), where a missing server fails the run instead.
 */
export async function postgresAvailable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 2_000 });
	try {
		await client.connect();
		await client.end();
		return true;
	} catch (error) {
		const reason = `PostgreSQL not reachable at ${BASE_URL} (${(error as Error).message})`;
		if (process.env.WERKBORD_REQUIRE_SERVICES === '1') {
			throw new Error(`${reason}; CI requires it`, { cause: error });
		}
		console.warn(`skipping PostgreSQL tests: ${reason}`);
		return false;
	}
}

/** A fresh schema for one test run, reached through a connection string that selects it. */
export async function createTestSchema(): Promise<{ url: string; drop(): Promise<void> }> {
	const schema = `werkbord_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: BASE_URL });
	await admin.connect();
	await admin.query(`CREATE SCHEMA ${schema}`);
	await admin.end();
	const url = new URL(BASE_URL);
	url.searchParams.set('options', `-c search_path=${schema}`);
	return {
		url: url.toString(),
		async drop() {
			const client = new pg.Client({ connectionString: BASE_URL });
			await client.connect();
			await client.query(`DROP SCHEMA ${schema} CASCADE`);
			await client.end();
		}
	};
}
