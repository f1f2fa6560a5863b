// The least a Bun program can do to answer `get`: read one state file and parse it.
// Usage: bun scripts/floor/read.js FILE
const text = await Bun.file(process.argv[2]).text();
console.log(JSON.stringify(JSON.parse(text).step));
