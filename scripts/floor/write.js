// The least a Bun program can do to answer `set`: take a lock, read the state, write the new one
// to a flushed temporary file, rename it in place, release the lock (node:fs, as the scripts do).
// Usage: bun scripts/floor/write.js FILE
const { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } = require("node:fs");
const file = process.argv[2];
const lock = `${file}.lock`;
const fd = openSync(lock, "wx");
writeSync(fd, `${process.pid}\n`);
closeSync(fd);
const state = JSON.parse(readFileSync(file, "utf8"));
state.rev += 1;
const temp = `${file}.${process.pid}.tmp`;
const out = openSync(temp, "wx");
writeSync(out, `${JSON.stringify(state, null, 2)}\n`);
fsyncSync(out);
closeSync(out);
renameSync(temp, file);
unlinkSync(lock);
console.log(JSON.stringify({ rev: state.rev }));
