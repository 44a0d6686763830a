package org.mandategraph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** {@link FuzzRun} governs the properties of a class it is added to: each try runs on its worker thread. */
@AddLifecycleHook(FuzzRun.class)
class FuzzRunTest {
    @Property(tries = 3)
    void triesRunOnTheWorkersThread(@ForAll int ignored) {
        // before FuzzRun propagated to the class's properties, tries ran on jqwik's own thread, unguarded
        assertThat(Thread.currentThread().getName()).isEqualTo("fuzz-try");
    }
}
