/** Auth.js redirect rule: only same-site targets; an absolute URL elsewhere falls back to the home page. */
export function safeRedirect(url: string, baseUrl: string) {
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    // not a URL
  }
  return baseUrl;
}
