// public/: a favicon and the app's mark, and a robots.txt that keeps the back office out of search engines;
// every answer says noindex too; and the proxy never stands in front of these files (they must load while the
// database is down). The e2e spec tests/e2e/public-files.spec.ts checks the same on the running app.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { config as proxyConfig } from "@/proxy";

const root = path.resolve(import.meta.dirname, "../..");
const publicFiles = readdirSync(path.join(root, "public"));
// A JavaScript file outside the type-checked sources: loaded by its path, typed as what Next reads.
const { default: nextConfig } = (await import(pathToFileURL(path.join(root, "next.config.js")).href)) as { default: NextConfig };

describe("public files", () => {
  it("robots.txt disallows everything for every crawler", () => {
    const robots = readFileSync(path.join(root, "public/robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/$/m);
  });

  it("favicon.ico is an icon file and icon.svg an SVG", () => {
    const ico = readFileSync(path.join(root, "public/favicon.ico"));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICONDIR: reserved 0, type 1 (icon)
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
    expect(readFileSync(path.join(root, "public/icon.svg"), "utf8")).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it("every answer carries X-Robots-Tag: noindex", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*");
    expect(all?.headers).toContainEqual({ key: "X-Robots-Tag", value: "noindex, nofollow" });
  });

  it("the proxy's matcher leaves every public file alone", () => {
    const matchers = proxyConfig.matcher.map((m) => new RegExp(`^${m}$`));
    const proxied = publicFiles.filter((f) => matchers.some((m) => m.test(`/${f}`)));
    expect(proxied).toEqual([]);
    expect(matchers.some((m) => m.test("/login"))).toBe(true);
  });
});
