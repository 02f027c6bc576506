package io.hindsight.wiringfixture;

import jakarta.inject.Named;

/** Components wired wrongly on purpose, each in one way, so that SpringWiringTest can show its checker fails. */
final class WiringFixtures {

    private WiringFixtures() {
    }
}

interface Store {
}

interface Missing {
}

class AoStore implements Store {
}

class CopyStore implements Store {
}

/** Two stores are listed: ambiguous. Nothing provides {@link Missing}. */
class NeedsStore {

    public NeedsStore(Store store, Missing missing) {
    }
}

class CycleA {

    public CycleA(CycleB b) {
    }
}

class CycleB {

    public CycleB(CycleA a) {
    }
}

/** The import is listed as "java.lang.Runnable#hostRunner": the first parameter finds it, the second does not. */
class Qualified {

    public Qualified(@Named("hostRunner") Runnable host, @Named("otherRunner") Runnable other) {
    }
}

class TwoConstructors {

    public TwoConstructors(Store store) {
    }

    public TwoConstructors(Runnable runner) {
    }
}

/** Wired correctly: the only listed component that must raise nothing. */
class Fine {

    public Fine(AoStore store, @Named("hostRunner") Runnable host) {
    }
}

/** Named by a jira-only condition in the fixture descriptor. */
class JiraCondition {

    public JiraCondition(Missing missing) {
    }
}

/** Named by a confluence-only macro: broken, but not part of Jira's context. */
class ConfluenceMacro {

    public ConfluenceMacro(Missing missing) {
    }
}
