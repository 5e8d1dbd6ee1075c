package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.common.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedPlaybooksTest {
    @Test
    void everyShippedPlaybookIsValid() {
        List<Problem> all = new ArrayList<>();
        for (LoadResult r : ShippedPlaybooks.all()) all.addAll(r.problems());
        assertThat(all).extracting(Problem::toString).isEmpty();
    }
}
