// The README's code blocks and what they must print, shared by the README test on the sources
// (tests/docs/readme.test.ts) and the one on the packed tarball (scripts/package/check.sh).
//
// A block is a ```ts or ```js block that imports the package. What it must print is every
// `console.log(…); // text` comment in it, in order, one printed line each, exactly.

/** The blocks of a Markdown text that import the package: `{ lang, code }`. */
export function codeBlocks(markdown) {
  return [...markdown.matchAll(/```(ts|js)\n([\s\S]*?)```/g)]
    .map((m) => ({ lang: m[1], code: m[2] }))
    .filter((b) => /['"]shanxi-air-plan(\/[a-z.]+)?['"]/.test(b.code));
}

/** The lines a block must print: the comment after each `console.log(…);`, in order. */
export function expectedLines(code) {
  return [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
}

/** The differences between what a block printed and what its comments say, as readable lines (none: []). */
export function differences(printed, code) {
  const got = printed.replace(/\n$/, '').split('\n');
  const want = expectedLines(code);
  const out = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (got[i] !== want[i]) out.push(`line ${i + 1}: comment says ${JSON.stringify(want[i])}, printed ${JSON.stringify(got[i])}`);
  }
  return out;
}
