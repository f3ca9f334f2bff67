export interface StaticServer {
	url: string;
	sent: { bytes: number; requests: number; byType: Record<string, number>; files: { path: string; bytes: number }[] };
	reset(): void;
	close(): Promise<void>;
}
export function serveStatic(rootDir: string, options?: { overrides?: Record<string, string>; precompressed?: boolean }): Promise<StaticServer>;
