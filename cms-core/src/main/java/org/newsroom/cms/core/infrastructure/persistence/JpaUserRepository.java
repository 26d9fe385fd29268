package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/** Newsroom accounts in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<User> findAll() {
        return em.createQuery("select u from User u order by u.username", User.class).getResultList();
    }

    @Override
    public void add(User user) {
        em.persist(user);
    }
}
