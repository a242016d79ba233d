/**
 * Served as a header with every app:// response (and repeated in index.html for the browser
 * suite). No remote origin anywhere: the app works with the network cable pulled.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Lexical set style attributes; no remote stylesheet can load under 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  // The PDF preview's pdf.js worker: a module script in dist/renderer, nothing else (no blob:).
  "worker-src 'self'",
].join('; ');
