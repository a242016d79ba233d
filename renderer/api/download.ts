/**
 * Hands a file to the user the way a page in a browser can: a download. The desktop app does not
 * use it: main saves through the native dialog (documentExport.ts).
 */
export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
