// The parts of chart.js the dashboard uses, in a module of their own that chart-setup.ts imports
// dynamically: esbuild then evaluates chart.js on first use, and still drops the parts not named here
// (a dynamic import of "chart.js" itself would keep all of it, about 100 KB more).
export { BarController, BarElement, CategoryScale, Chart, LinearScale } from "chart.js";
