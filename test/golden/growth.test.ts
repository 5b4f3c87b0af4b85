import { growthSuite } from "./growth-suite.ts";
import { NEWEST_GROWTH_SETS } from "./sets.ts";

/** The first half of the newest growth sets (growth-suite.ts); the second runs in growth-2.test.ts, side by side. */
growthSuite(NEWEST_GROWTH_SETS, 0);
