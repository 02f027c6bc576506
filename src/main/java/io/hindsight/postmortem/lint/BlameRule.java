package io.hindsight.postmortem.lint;

import java.util.List;

/** One family of blame-in-disguise patterns, checked sentence by sentence. */
interface BlameRule {

    void check(Sentence sentence, People people, List<BlameFinding> findings);
}
