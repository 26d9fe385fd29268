package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.section.Section;
import org.newsroom.cms.core.domain.section.SectionRepository;

/** Sections in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaSectionRepository implements SectionRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public List<Section> list() {
        return em.createQuery("select s from Section s order by lower(s.name), s.slug", Section.class).getResultList();
    }

    @Override
    public Optional<Section> find(String slug) {
        return Optional.ofNullable(em.find(Section.class, slug));
    }

    @Override
    public Optional<Section> findByName(String name) {
        return em.createQuery("select s from Section s where lower(s.name) = lower(:name)", Section.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select 1 from Section s where s.slug = :slug", Integer.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Section section) {
        em.persist(section);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
