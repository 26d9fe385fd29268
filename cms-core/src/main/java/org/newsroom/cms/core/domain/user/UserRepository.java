package org.newsroom.cms.core.domain.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores newsroom accounts. */
public interface UserRepository {

    Optional<User> find(UUID id);

    Optional<User> findByUsername(String username);

    List<User> findAll();

    void add(User user);
}
