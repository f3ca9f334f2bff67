export interface StaticServer {
	url: string;
	sent: { bytes: number; requests: number; byType: Record<string, number> };
	reset(): void;
	close(): Promise<void>;
}
export function serveStatic(rootDir: string, options?: { overrides?: Record<string, string> }): Promise<StaticServer>;
