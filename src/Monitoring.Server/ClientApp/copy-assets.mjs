// Copies the third-party assets the pages load next to the bundles.
import { mkdirSync, copyFileSync } from "node:fs";
mkdirSync("../wwwroot/css", { recursive: true });
copyFileSync("node_modules/leaflet/dist/leaflet.css", "../wwwroot/css/leaflet.css");
