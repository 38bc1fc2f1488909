import * as esbuild from 'esbuild'; import path from 'node:path';
for (const f of process.argv.slice(2)) {
  const r = await esbuild.build({ stdin: { contents: `import ${JSON.stringify(path.resolve(f))}`, resolveDir: process.cwd() }, bundle: true, write: false, format: 'esm', logLevel: 'silent', external: ['zod', 'zod/*'],
    plugins: [{ name: 'se', setup(b) { b.onResolve({ filter: /^(\.|\/)/ }, (a) => ({ path: path.resolve(a.resolveDir, a.path), sideEffects: true })); } }] });
  const out = r.outputFiles[0].text; console.log(f, out.length ? 'KEPT ' + out.length : 'pure');
  if (process.env.SHOW) console.log(out);
}
