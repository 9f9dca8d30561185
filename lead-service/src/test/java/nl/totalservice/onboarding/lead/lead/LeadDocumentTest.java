package nl.totalservice.onboarding.lead.lead;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A checklist document's review, without HTTP or a database. */
class LeadDocumentTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:30:00Z");

    @Test
    void isReceivedThenApprovedAndThenSatisfiesTheChecklist() {
        LeadDocument document = new LeadDocument(1, new ChecklistItem("ID_COPY", "Copy of ID", true));
        assertThat(document.status()).isEqualTo(DocumentStatus.PENDING);
        assertThat(document.isSatisfied()).isFalse();

        document.receive("DMS-7", "scan", "sanne", NOW);
        document.approve(null, "carla", NOW.plusSeconds(60));

        assertThat(document.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(document.note()).isEqualTo("scan");
        assertThat(document.reviewedBy()).isEqualTo("carla");
        assertThat(document.isSatisfied()).isTrue();
    }

    @Test
    void canBeReceivedAgainAfterARejectionWhichClearsTheReview() {
        LeadDocument document = new LeadDocument(1, new ChecklistItem("ID_COPY", "Copy of ID", true));
        document.receive("DMS-7", null, "sanne", NOW);
        document.reject("unreadable", "carla", NOW);
        assertThat(document.rejectionReason()).isEqualTo("unreadable");

        document.receive("DMS-8", null, "sanne", NOW.plusSeconds(60));

        assertThat(document.status()).isEqualTo(DocumentStatus.RECEIVED);
        assertThat(document.reference()).isEqualTo("DMS-8");
        assertThat(document.rejectionReason()).isNull();
        assertThat(document.reviewedBy()).isNull();
    }

    @Test
    void refusesAReviewOfWhatWasNotReceivedAndASecondReceipt() {
        LeadDocument document = new LeadDocument(1, new ChecklistItem("KVK_EXTRACT", "KvK extract", true));
        assertThatThrownBy(() -> document.approve(null, "carla", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> document.reject("no", "carla", NOW)).isInstanceOf(ProblemException.class);

        document.receive("DMS-1", null, "sanne", NOW);
        assertThatThrownBy(() -> document.receive("DMS-2", null, "sanne", NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void anOptionalDocumentNeverHoldsTheChecklistUp() {
        assertThat(new LeadDocument(1, new ChecklistItem("MANDATE", "Direct debit mandate", false)).isSatisfied())
                .isTrue();
    }
}
