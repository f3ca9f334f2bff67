// The folders of src/lib ("rooms") import each other one way only: no cycle between folders, and the
// ground floor (base/) imports no other room. Reads the import statements of every source file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve('src/lib');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(p);
		return /\.(ts|js|svelte)$/.test(e.name) ? [p] : [];
	});
}

/** The room a file of src/lib lives in ('' for files at the top of src/lib), or null outside src/lib. */
function roomOf(file: string): string | null {
	const rel = path.relative(LIB, file);
	if (rel.startsWith('..')) return null;
	const parts = rel.split(path.sep);
	return parts.length > 1 ? parts[0] : '';
}

/** Room → the rooms it imports, with one example import per edge. */
export function roomGraph(files: { file: string; text: string }[]): Map<string, Map<string, string>> {
	const graph = new Map<string, Map<string, string>>();
	for (const { file, text } of files) {
		const from = roomOf(file);
		if (from === null) continue;
		for (const m of text.matchAll(IMPORT)) {
			const spec = m[1];
			let target: string;
			if (spec.startsWith('$lib/')) target = path.join(LIB, spec.slice(5));
			else if (spec.startsWith('.')) target = path.resolve(path.dirname(file), spec);
			else continue;
			const to = roomOf(target);
			if (to === null || to === from || to === '' || from === '') continue;
			if (!graph.has(from)) graph.set(from, new Map());
			if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${path.relative(LIB, file)} imports ${spec}`);
		}
	}
	return graph;
}

/** Every cycle found by depth-first search, each as the rooms in order (first room repeated at the end). */
export function findCycles(graph: Map<string, Map<string, string>>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	function visit(room: string) {
		state.set(room, 'open');
		stack.push(room);
		for (const next of graph.get(room)?.keys() ?? []) {
			if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(room, 'done');
	}
	for (const room of [...graph.keys()].sort()) if (!state.has(room)) visit(room);
	return cycles;
}

const lib = sourceFiles(LIB).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('rooms of src/lib', () => {
	it('finds a cycle when there is one (the check itself can fail)', () => {
		const f = (room: string, name: string, text: string) => ({ file: path.join(LIB, room, name), text });
		const graph = roomGraph([
			f('data', 'a.ts', "import { x } from '../geo/b';"),
			f('geo', 'b.ts', "import { y } from '$lib/i18n/c';"),
			f('i18n', 'c.ts', "import type { z } from '../data/a';"),
			f('base', 'd.ts', "import { w } from 'd3';")
		]);
		expect(findCycles(graph)).toEqual([['data', 'geo', 'i18n', 'data']]);
		expect(findCycles(roomGraph([f('data', 'a.ts', "import { x } from '../geo/b';")]))).toEqual([]);
	});

	it('has no import cycle between folders', () => {
		const graph = roomGraph(lib);
		const cycles = findCycles(graph).map((c) =>
			c
				.slice(1)
				.map((to, i) => graph.get(c[i])!.get(to))
				.join('; ')
		);
		expect(cycles).toEqual([]);
	});

	it('keeps the ground floor (base/) free of imports from other rooms', () => {
		expect([...(roomGraph(lib).get('base')?.values() ?? [])]).toEqual([]);
	});

	it('keeps data/ free of metrics/ and state/ free of components/', () => {
		const graph = roomGraph(lib);
		expect(graph.get('data')?.get('metrics')).toBeUndefined();
		expect(graph.get('state')?.get('components')).toBeUndefined();
	});
});
