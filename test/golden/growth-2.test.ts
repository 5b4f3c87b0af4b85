import { growthSuite } from "./growth-suite.ts";

/** The second half of the growth sets (growth-suite.ts); the first runs in growth.test.ts, side by side. */
growthSuite(1);
