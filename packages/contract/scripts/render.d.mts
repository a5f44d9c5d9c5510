export declare function renderContract(
  root: string,
): Promise<{ json: string; types: string; table: string; routes: string; document: unknown }>;
