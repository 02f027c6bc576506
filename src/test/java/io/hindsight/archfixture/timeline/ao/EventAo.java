package io.hindsight.archfixture.timeline.ao;

/** Stands for an Active Objects entity in the architecture fixtures. */
public interface EventAo {
}
