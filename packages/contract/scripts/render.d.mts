export declare function renderContract(
  root: string,
): Promise<{ outputs: Record<string, string>; document: unknown }>;
