// The production Content-Security-Policy, sent as a header by the app:// handler and repeated in
// index.html's meta tag (a test checks the two agree).
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src " +
  "'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
