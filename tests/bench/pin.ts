import { execFileSync } from 'node:child_process';

/**
 * Pins a process (all its threads) to one core, so that a benchmark's server and its simulated
 * clients do not share one, as in production where each runs on its own machine.
 */
export function pin(pid: number, core: number): void {
	execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(core), String(pid)], {
		stdio: 'ignore'
	});
}
