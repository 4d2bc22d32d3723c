package vn.xkmt.web;

/** The persistence scenarios on H2, the default database. */
@WebTest
class H2PersistenceTest extends PersistenceScenarios {
}
