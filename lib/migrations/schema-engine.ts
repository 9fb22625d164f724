// Prisma's schema engine, as published in WebAssembly, driven through @prisma/adapter-pg.
// The native engine that the Prisma CLI downloads is out of reach offline; this one ships in npm.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { setting } from "../server/config";

const require = createRequire(import.meta.url);

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = EngineModule["SchemaEngine"]["prototype"];

let loaded: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  // Node 20 cannot import .wasm as ESM without a flag, so instantiate it by hand.
  loaded ??= (async () => {
    const bindings: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}

export async function withSchemaEngine<T>(databaseUrl: string, schemaText: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  // Our own pool, so it can be closed at the end instead of idling the process for ten seconds.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const log = (message: string) => {
    if (setting("MIGRATE_DEBUG")) console.error("[schema-engine]", message);
  };
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, log, adapterFactory);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
