package org.newsroom.cms.core.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.newsroom.cms.core.domain.plugin.PluginState;
import org.newsroom.cms.core.domain.plugin.PluginStateRepository;

/** Plugin states and their audit in PostgreSQL. */
@ApplicationScoped
public class JpaPluginStateRepository implements PluginStateRepository {

    @PersistenceContext(unitName = "cms")
    EntityManager em;

    @Override
    public List<PluginState> all() {
        return em.createQuery("select s from PluginState s order by s.pluginId", PluginState.class).getResultList();
    }

    @Override
    public Optional<PluginState> find(String pluginId) {
        return Optional.ofNullable(em.find(PluginState.class, pluginId));
    }

    @Override
    public Optional<PluginState> findForUpdate(String pluginId) {
        return Optional.ofNullable(em.find(PluginState.class, pluginId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(PluginState state) {
        em.persist(state);
    }
}
