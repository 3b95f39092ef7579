// Every template filter, registered by name in a loop by the plugin.
import { longDate } from "../dates.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { statusLabel } from "./status-label.ts";
import { timeRange } from "./time-range.ts";

export const filters = { longDate, timeRange, statusLabel, absoluteUrl };
