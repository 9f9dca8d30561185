package nl.totalservice.onboarding.platform.messaging;

/** Kafka header names of the CloudEvents binary content mode, and of dead-lettered records. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    /** Consumer (group and handler) that gave up on a dead-lettered record. */
    public static final String DLQ_CONSUMER = "dlq_consumer";
    /** Exception class of the last failure. */
    public static final String DLQ_ERROR_CLASS = "dlq_error_class";
    /** Message of the last failure. */
    public static final String DLQ_ERROR_MESSAGE = "dlq_error_message";
    /** How many times handling was attempted. */
    public static final String DLQ_ATTEMPTS = "dlq_attempts";
    /** Where the record came from: topic, partition and offset. */
    public static final String DLQ_ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq_original_offset";
    /** When it was dead-lettered (ISO-8601). */
    public static final String DLQ_FAILED_AT = "dlq_failed_at";

    /** Suffix of dead-letter topics: {@code lead-events} dead-letters to {@code lead-events.dlq}. */
    public static final String DLQ_SUFFIX = ".dlq";

    private CloudEventHeaders() {
    }
}
