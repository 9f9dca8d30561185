package nl.totalservice.onboarding.platform.web.http;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void countsPagesRoundingUp() {
        Page<String> page = Page.of(List.of("a", "b"), new Paging(2, 20), 42);
        assertThat(page.totalItems()).isEqualTo(42);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(20);
    }

    @Test
    void anEmptyListHasNoPages() {
        assertThat(Page.of(List.of(), new Paging(0, 20), 0).totalPages()).isZero();
    }

    @Test
    void mappingKeepsTheCounts() {
        Page<Integer> lengths = Page.of(List.of("a", "bcd"), new Paging(0, 2), 3).map(String::length);
        assertThat(lengths.items()).containsExactly(1, 3);
        assertThat(lengths.totalPages()).isEqualTo(2);
    }

    @Test
    void pagingHasDefaultsAndLimits() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE));
        assertThat(Paging.of("3", "50").offset()).isEqualTo(150);
        assertThatThrownBy(() -> Paging.of("-1", null)).isInstanceOf(ProblemException.class).hasMessageStartingWith("page:");
        assertThatThrownBy(() -> Paging.of("0", "101")).isInstanceOf(ProblemException.class).hasMessageStartingWith("size:");
        assertThat(Paging.of(null, "500", 50, 500).size()).isEqualTo(500);
    }

    @Test
    void theLastPageGivesTheTotalWithoutCounting() {
        AtomicInteger counts = new AtomicInteger();
        LongSupplier count = counting(counts, 999);
        assertThat(new Paging(0, 20).total(3, count)).as("a list on one page").isEqualTo(3);
        assertThat(new Paging(0, 20).total(0, count)).as("an empty list").isZero();
        assertThat(new Paging(2, 20).total(7, count)).as("the last of three pages").isEqualTo(47);
        assertThat(Paging.total(1, 100, 1, count)).isEqualTo(101);
        assertThat(counts).as("no count asked").hasValue(0);
    }

    @Test
    void aFullPageOrOnePastTheEndAsksForTheCount() {
        AtomicInteger counts = new AtomicInteger();
        LongSupplier count = counting(counts, 40);
        assertThat(new Paging(1, 20).total(20, count)).as("a full page: more may follow").isEqualTo(40);
        assertThat(new Paging(5, 20).total(0, count)).as("past the end: how far is unknown").isEqualTo(40);
        assertThat(counts).hasValue(2);
    }

    /** A count statement that answers {@code total} and counts in {@code asked} how often it ran. */
    private static LongSupplier counting(AtomicInteger asked, long total) {
        return () -> {
            asked.incrementAndGet();
            return total;
        };
    }
}
