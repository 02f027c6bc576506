package io.hindsight.actionitem.ao;

/** {@link AoActionItemMirrorContract} on H2. */
public class AoActionItemMirrorH2Test extends AoActionItemMirrorContract {

    @Override
    protected String[] database() {
        return new String[] {"jdbc:h2:mem:mirror-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""};
    }
}
