/**
 * Saves a file the SDK fetched (with the token in a header) under `filename`: a Blob behind a short-lived object
 * URL, so the token never goes into a URL and no new window opens.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // The download has started once click() returns in Chromium; Firefox reads the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
