/**
 * Whether an error left the DuckDB-WASM engine itself broken (a WebAssembly trap such as "memory access
 * out of bounds"): after one, every later query on the same instance fails, so the instance is replaced.
 */
export function isEngineTrap(error: unknown): boolean {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return /RuntimeError|memory access out of bounds|unreachable|Aborted\(|table index is out of bounds|call stack size/i.test(text);
}
