import { growthSuite } from "./growth-suite.ts";
import { NEWEST_GROWTH_SETS } from "./sets.ts";

/** The second half of the newest growth sets (growth-suite.ts); the first runs in growth.test.ts, side by side. */
growthSuite(NEWEST_GROWTH_SETS, 1);
