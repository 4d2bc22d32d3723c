package vn.xkmt.web.council;

import vn.xkmt.web.WebTest;

/** The council's scenarios on H2, the default database. */
@WebTest
class H2CouncilTest extends CouncilScenarios {
}
