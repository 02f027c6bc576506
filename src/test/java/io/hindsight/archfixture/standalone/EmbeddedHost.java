package io.hindsight.archfixture.standalone;

/** Stands for the embedded host in the architecture fixtures. */
public class EmbeddedHost {
}
