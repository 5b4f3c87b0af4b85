import { growthSuite } from "../golden/growth-suite.ts";
import { OLDER_GROWTH_SETS } from "../golden/sets.ts";

/** The first half of the older growth sets (`npm run test:sets`); the second runs in older-growth-2.test.ts. */
growthSuite(OLDER_GROWTH_SETS, 0);
