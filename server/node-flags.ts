/**
 * The Node/V8 flags the server process runs with. `npm start` and `npm run dev` (package.json), the
 * Dockerfile's CMD and every child server the tests and benchmarks start (tests/helpers/server.ts)
 * pass exactly these (tests/server/deploy-files.test.ts checks all four), so what is measured is how
 * the service ships. NODE_OPTIONS cannot replace them: a flag given there comes before these and loses.
 *
 * `--max-semi-space-size=8`: V8's young generation is two semi-spaces of at most 8 MiB each (Node
 * 20's default on a 64-bit machine is 16 MiB). Under steady editing the young generation always
 * reaches its maximum — V8 grows it whenever the bytes that survived scavenges since its last growth
 * exceed its size, and shrinks it only when allocation nearly stops — so the cap is 16 MiB less
 * resident memory under load: W1 peak RSS 132-136 MB → 120-126 MB. The cost is twice as many
 * scavenges, each copying the same few hundred kB of live objects (docs/benchmarks.md, "Ninth pass").
 * 4 MiB promotes so much more to the old generation that the peak does not fall at all.
 *
 * `--heap-growing-percent=30`: after each full collection the old generation may grow by 30% of what
 * survived before the next one starts (V8's own conservative factor, which it otherwise uses only when
 * memory runs short; by default it picks up to 4× for a heap this small on a machine this size).
 * Without it one full collection ran in a W1 run, at start-up, and the old generation then filled with
 * promoted garbage up to ~35 MiB around ~25 MiB live; with it five or six run and it stays ~29 MiB:
 * W1 peak RSS 125-126 MB → 117-120 MB, each collection mostly concurrent (docs/benchmarks.md, "Tenth pass").
 *
 * `--conditions=module`: packages are resolved by the `module` condition where their `exports` have
 * one. yjs, lib0 and y-protocols list it before `require`, so `require('yjs')` loads Yjs's ES module
 * build (Node 20.19+ requires ES modules synchronously), one copy for every importer in the process.
 * Their CommonJS builds reach each lib0 function through a getter on an interop namespace object, one
 * more call per `writeVarUint`, `setIfUndefined`, …; the ES builds bind them directly: Yjs's work of a
 * W1 key −12% in process (docs/benchmarks.md, "Eighteenth pass"). No other package
 * the server loads has the condition (tests/architecture/yjs-build.test.ts checks which Yjs loads).
 * The built server only (`npm start`, the Dockerfile, benchmarks): under tsx (`npm run dev`, the tests'
 * servers run from source) the loader compiles an ES module that is `require`d into CommonJS again, and
 * that copy ran the W1 key path about twice as slow; SOURCE_NODE_FLAGS leaves the condition out.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--heap-growing-percent=30', '--conditions=module'];

/** The flags a server run from source under tsx gets: SERVER_NODE_FLAGS without `--conditions=module` (above). */
export const SOURCE_NODE_FLAGS: readonly string[] = SERVER_NODE_FLAGS.filter((f) => f !== '--conditions=module');

/**
 * The environment the server process starts with, beside its flags: `npm start` (package.json, as
 * `${MALLOC_ARENA_MAX:-1}`, so an operator's own value wins), the Dockerfile's `ENV` and every child server
 * the tests and benchmarks start (tests/helpers/server.ts; a value already in their environment wins)
 * set it (tests/server/deploy-files.test.ts checks all three).
 *
 * `MALLOC_ARENA_MAX=1`: glibc's malloc keeps one arena for every thread instead of one per thread that
 * ever allocated while another held the main one. The server's own work is on its main thread; the others
 * are V8's compiler and GC helpers and libuv's pool, each of which otherwise kept an arena of its own
 * (0.8-1.2 MiB resident each, four to six of them). W1 peak RSS −2 MB in five of six interleaved pairs,
 * CPU per key unchanged (docs/benchmarks.md, "Twentieth pass"; first measured in the sixteenth).
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };
