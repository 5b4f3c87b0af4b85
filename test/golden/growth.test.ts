import { growthSuite } from "./growth-suite.ts";

/** The first half of the growth sets (growth-suite.ts); the second runs in growth-2.test.ts, side by side. */
growthSuite(0);
