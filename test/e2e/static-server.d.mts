/** The policy of a page: the content of its `<meta http-equiv="Content-Security-Policy">`. */
export declare function metaPolicy(html: string): string | undefined;
/** Serves `root` on 127.0.0.1 with each page's CSP as a header (`port` 0 picks a free one). */
export declare function startStaticServer(
  root: string,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
