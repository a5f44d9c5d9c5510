export declare function renderContract(
  root: string,
): Promise<{ json: string; types: string; document: unknown }>;
