import { growthSuite } from "../golden/growth-suite.ts";
import { OLDER_GROWTH_SETS } from "../golden/sets.ts";

/** The second half of the older growth sets (`npm run test:sets`); the first runs in older-growth.test.ts. */
growthSuite(OLDER_GROWTH_SETS, 1);
