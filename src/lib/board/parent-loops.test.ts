import { describe, expect, it } from 'vitest';
import { shapesToCutLoose } from './parent-loops.ts';

const tree = (parents: Record<string, string>) => (id: string) => parents[id];

describe('shapes to cut loose from a loop of parents', () => {
	it('leaves a tree alone', () => {
		const parentOf = tree({ 'shape:note': 'shape:frame', 'shape:frame': 'page:page' });
		expect(shapesToCutLoose(['shape:note', 'shape:frame'], parentOf)).toEqual([]);
	});

	it('cuts a shape that is its own parent', () => {
		expect(shapesToCutLoose(['shape:a'], tree({ 'shape:a': 'shape:a' }))).toEqual(['shape:a']);
	});

	it('cuts one shape of a loop of two frames moved into each other, and not what hangs below', () => {
		const parentOf = tree({ 'shape:a': 'shape:b', 'shape:b': 'shape:a', 'shape:note': 'shape:a' });
		expect(shapesToCutLoose(['shape:note', 'shape:a', 'shape:b'], parentOf)).toEqual(['shape:a']);
	});

	it('finds a long loop from the shape that closed it, and only from one on it', () => {
		const parents: Record<string, string> = { 'shape:0': 'shape:999' };
		for (let i = 1; i < 1000; i++) parents[`shape:${i}`] = `shape:${i - 1}`;
		parents['shape:x'] = 'shape:500';
		expect(shapesToCutLoose(['shape:x'], tree(parents))).toEqual([]);
		expect(shapesToCutLoose(['shape:x', 'shape:0'], tree(parents))).toEqual(['shape:0']);
	});

	it('ends at a parent that is missing', () => {
		expect(shapesToCutLoose(['shape:a'], tree({ 'shape:a': 'shape:gone' }))).toEqual([]);
	});
});
