import { build } from "../scripts/build.ts";

await build();
