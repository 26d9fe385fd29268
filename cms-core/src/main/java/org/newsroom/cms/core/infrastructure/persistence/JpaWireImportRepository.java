package org.newsroom.cms.core.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.wire.WireImportRepository;

/** The {@code wire_import} table (no entity: rows are written once and only looked up by hash). */
@ApplicationScoped
public class JpaWireImportRepository implements WireImportRepository {

    private static final int FILE_NAME_MAX = 255;

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public Optional<UUID> articleFor(String contentHash) {
        return em.createNativeQuery("select cast(article_id as varchar) from wire_import where content_hash = ?1")
                .setParameter(1, contentHash).getResultStream().findFirst().map(id -> UUID.fromString((String) id));
    }

    @Override
    public void record(String contentHash, UUID articleId, String fileName, String charset, UUID importerId, Instant at) {
        String name = fileName == null ? "unnamed" : fileName.length() <= FILE_NAME_MAX ? fileName
                : fileName.substring(0, FILE_NAME_MAX);
        em.createNativeQuery("insert into wire_import (content_hash, article_id, file_name, charset, importer_id, "
                        + "imported_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, contentHash).setParameter(2, articleId).setParameter(3, name)
                .setParameter(4, charset).setParameter(5, importerId)
                .setParameter(6, Timestamp.from(at)).executeUpdate();
    }
}
