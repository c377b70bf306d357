// The CLI's version is the plugin's: one number in manifest.json, which `npm version` bumps.
import manifest from "../../manifest.json";

/** The version `--version` prints, as released (`0.1.0`). */
export const VERSION: string = manifest.version;
