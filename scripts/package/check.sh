#!/usr/bin/env bash
# Packaging checks (`npm run check:package`; .ci/run calls it too):
#   1. build (tsup, then dist/plan.json and dist/schema.json);
#   2. pack the tarball once, exactly as `npm publish` would; every later step checks that tarball;
#   3. publint --strict: no error, no warning, no suggestion;
#   4. attw (strict profile): no problem for ESM and CJS under node10, node16 and bundler resolution;
#   5. bundles: each import on its own through the main entry and its subpath, with esbuild and rollup,
#      minified and gzipped, within its budget; and every entry bundles to nothing when imported for its
#      side effects alone with "sideEffects": false ignored (scripts/package/bundles.mjs);
#   6. smoke test: install the tarball into a fresh temporary project and use it the way users do:
#      require() and import of every entry point with real values, plan.json against schema.json,
#      and a TypeScript consumer type-checked with the .d.ts files (skipLibCheck off) under
#      nodenext, bundler and node10 resolution.
#   7. benchmark figures: the tables the README and docs quote equal bench/figures.json, which `npm run bench
#      -- --update` measured on these very dist/ files (bench/figures.mjs; UPDATE_FIGURES=1 rewrites the tables).
# Set KEEP_SMOKE_DIR=1 to keep the temporary project for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO_DIR="$PWD"
export REPO_DIR

step() { printf '\n=== check:package: %s\n' "$*"; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/shanxi-air-plan-check.XXXXXX")"
cleanup() {
  if [[ "${KEEP_SMOKE_DIR:-}" == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

step "build"
npm run build

step "dist: plain ASCII, no date-fns"
# A single non-ASCII character (a Chinese comment kept by esbuild) makes Node decode the whole file as
# UTF-8 and V8 scan it as two-byte source: about 4 ms more on every cold import (measured, Node 20).
# Strings are escaped (\uXXXX) by esbuild already.
for f in dist/index.js dist/index.cjs dist/{plan,targets,rules,air}.{js,cjs} dist/{core,shared,plan-domain}.js; do
  if LC_ALL=C grep -n -m 3 '[^ -~	]' "$f"; then echo "$f has non-ASCII characters (above)" >&2; exit 1; fi
done
# Day counts are the library's own calendar arithmetic (src/dates.ts): date-fns is no dependency, and
# importing its files once cost about 13 ms of a cold import.
if grep -nE "(from|require\\()[ ]*['\"]date-fns" dist/*.js dist/*.cjs; then
  echo "dist imports date-fns at run time; it is not a dependency" >&2
  exit 1
fi

step "pack"
TARBALL="$TMP/$(npm pack --silent --pack-destination "$TMP" | tail -n 1)"
[[ -f "$TARBALL" ]] || { echo "npm pack did not produce a tarball" >&2; exit 1; }
CONTENTS="$(tar -tzf "$TARBALL" | sort)"
sed 's/^/  /' <<<"$CONTENTS"
for f in package/dist/{index,plan,targets,rules,air,source,schemas}.{js,cjs,d.ts,d.cts} package/dist/plan.json package/dist/schema.json package/README.md package/LICENSE package/docs/guides/decisions.en.md package/docs/guides/decisions.zh.md package/docs/performance.md; do
  grep -qx "$f" <<<"$CONTENTS" || { echo "the tarball lacks $f" >&2; exit 1; }
done
if grep -E '^package/(src|data|tests|scripts|docs/examples)/' <<<"$CONTENTS"; then
  echo "the tarball ships sources or tests it should not (see \"files\" in package.json)" >&2
  exit 1
fi

step "publint --strict (no warnings, no suggestions)"
PUBLINT_OUT="$(npx --no-install publint run "$TARBALL" --strict --level suggestion 2>&1)" || {
  echo "$PUBLINT_OUT"
  exit 1
}
echo "$PUBLINT_OUT"
# --strict fails on warnings only; a suggestion must fail too: publint says "All good!" when it has none.
grep -q 'All good!' <<<"$PUBLINT_OUT" || { echo "publint has suggestions or warnings (see above)" >&2; exit 1; }

step "attw (ESM + CJS; node10, node16, bundler)"
npx --no-install attw "$TARBALL" --profile strict --format table-flipped

step "smoke test: install the tarball into a temporary project"
APP="$TMP/app"
mkdir -p "$APP"
cp tests/package/smoke/require.cjs tests/package/smoke/import.mjs tests/package/smoke/doors.mjs "$APP/"
cat >"$APP/package.json" <<'JSON'
{ "name": "smoke-app", "version": "0.0.0", "private": true }
JSON
# The tarball's dependency (zod) comes from the npm cache when `npm ci` put them there,
# from the registry otherwise.
(cd "$APP" && npm install --prefer-offline --no-audit --no-fund --ignore-scripts --loglevel=error "$TARBALL")

step "bundles: sizes of each import through the main entry and its subpath (esbuild, rollup), and no side effects"
node scripts/package/bundles.mjs "$APP" --json "${BUNDLES_JSON:-$TMP/bundles.json}"

step "README: every code block, run against the installed tarball, prints exactly what its comments say"
node scripts/package/readme.mjs "$APP"

step "smoke test: require()"
(cd "$APP" && node require.cjs)

step "smoke test: import"
(cd "$APP" && node import.mjs)

step "smoke test: the stricter doors (options, revoked proxies, issues in two languages) on the built files"
(cd "$APP" && node doors.mjs)

step "smoke test: a TypeScript consumer (nodenext, bundler, node10; skipLibCheck off)"
mkdir -p "$APP/ts"
cat >"$APP/ts/esm.mts" <<'TS'
import { TASKS, getTask, type CityId, type Task } from 'shanxi-air-plan';
import { Task as TaskSchema } from 'shanxi-air-plan/schemas';
import { textOf } from 'shanxi-air-plan/source';
import { aqi, type AqiResult } from 'shanxi-air-plan/air';
import { getCity, type County } from 'shanxi-air-plan/plan';
import { evaluateTarget, type TargetId } from 'shanxi-air-plan/targets';
import { assess, type Verdict } from 'shanxi-air-plan/rules';
import plan from 'shanxi-air-plan/plan.json' with { type: 'json' };
const n: number = TASKS.length;
const today: AqiResult = aqi({ pm25_24h: 80 }, { date: '2025-01-15' });
const title: string = getTask(26).title.zh;
const city: CityId = 'taiyuan';
const task: Task = TaskSchema.parse(TASKS[0]);
const text: string = textOf('三(七)26');
const tasks: number = plan.tasks.length;
const cityName: string = getCity('taiyuan').name.en;
const targetId: TargetId = 'pm25-2025-taiyuan';
const status: string = evaluateTarget(targetId, 39.2, { asOf: '2026-01-20' }).status;
const verdicts: readonly Verdict[] = assess({ kind: 'coal-boiler', capacityTph: 20 });
const county: County | undefined = undefined;
// @ts-expect-error: an id the plan does not have
const wrong: CityId = 'xian';
export { n, title, city, task, text, tasks, wrong, today, cityName, status, verdicts, county };
TS
cat >"$APP/ts/cjs.cts" <<'TS'
import lib = require('shanxi-air-plan');
import schemas = require('shanxi-air-plan/schemas');
import source = require('shanxi-air-plan/source');
import air = require('shanxi-air-plan/air');
const title: string = lib.getTask(26).title.zh;
const value: number = air.aqi({ pm25_24h: 80 }, { date: '2025-01-15' }).aqi;
const task: lib.Task = schemas.Task.parse(lib.TASKS[0]);
const text: string = source.textOf('三(七)26');
export { title, task, text, value };
TS
cat >"$APP/ts/bundler.ts" <<'TS'
import { getTask, type CityId } from 'shanxi-air-plan';
import { Citation } from 'shanxi-air-plan/schemas';
import { verifyCitation } from 'shanxi-air-plan/source';
import { rankCities, type RankPlace } from 'shanxi-air-plan/air';
import plan from 'shanxi-air-plan/plan.json';
const title: string = getTask(26).title.zh;
const city: CityId = 'datong';
const ok: boolean = verifyCitation(Citation.parse(plan.tasks[25]!.source));
const ranked: readonly RankPlace[] = rankCities([{ id: 'taiyuan', compositeIndex: 4.1 }]);
export { title, city, ok, ranked };
TS
cp "$APP/ts/bundler.ts" "$APP/ts/node10.ts"
tsconfig() { # name module moduleResolution files...
  local name=$1 module=$2 resolution=$3
  shift 3
  local files
  files="$(printf '"%s",' "$@")"
  cat >"$APP/tsconfig.$name.json" <<JSON
{
  "compilerOptions": {
    "noEmit": true, "strict": true, "skipLibCheck": false, "types": [], "resolveJsonModule": true,
    "esModuleInterop": true, "target": "es2022", "lib": ["es2022", "dom"],
    "module": "$module", "moduleResolution": "$resolution"
  },
  "files": [${files%,}]
}
JSON
  (cd "$APP" && "$REPO_DIR/node_modules/.bin/tsc" -p "tsconfig.$name.json")
  echo "  $name: ok"
}
tsconfig nodenext nodenext nodenext ts/esm.mts ts/cjs.cts
tsconfig bundler esnext bundler ts/bundler.ts
tsconfig node10 commonjs node10 ts/node10.ts

step "benchmark figures: the README and docs quote bench/figures.json, measured on today's dist/ (bench/figures.mjs)"
node bench/figures.mjs --check

step "all packaging checks passed"
