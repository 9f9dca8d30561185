package nl.totalservice.onboarding.partner.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Native statements that name the tables they read or write. Before a native statement Hibernate
 * flushes every pending change unless told which tables the statement touches; told, it flushes only
 * the changes to those. A decision's transaction inserts or changes its lead early and runs several
 * native statements after that (the lock, the partners, their loads): each of them wrote the lead
 * again, one update per statement, where one write at the end does.
 */
final class TableQueries {

    private TableQueries() {
    }

    /** {@code sql}, for which Hibernate flushes the pending changes to {@code tables} only (at least one). */
    static Query nativeQuery(EntityManager em, String sql, String table, String... moreTables) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addSynchronizedQuerySpace(table);
        for (String more : moreTables) {
            query.addSynchronizedQuerySpace(more);
        }
        return query;
    }
}
