package org.newsroom.cms.core.application;

import org.newsroom.cms.plugin.api.FieldError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.audit.AuditEvent.Action;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.SessionRepository;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * Newsroom accounts: create, list, change roles, (de)activate, verify passwords, and the bootstrap
 * {@code admin} (each user's own profile is {@link ProfileService}). Passwords are hashed with Jakarta
 * Security's standard PBKDF2 (HMAC-SHA256). Every change is written to the audit trail in the same
 * transaction ({@code USER_…} events about the account; never a password or its hash).
 */
@ApplicationScoped
@Transactional
public class UserService {

    public static final String BOOTSTRAP_ADMIN = "admin";
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");
    static final int MAX_DISPLAY_NAME = 200;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    SessionRepository sessions;
    @Inject
    UserRepository users;
    @Inject
    Pbkdf2PasswordHash passwordHash;
    @Inject
    Clock clock;
    @Inject
    AuditService audit;
    @Inject
    LoginThrottle loginThrottle;

    /** A hash of a random password with the same parameters as every account's, for {@link #verifyNobody}. */
    private String dummyHash;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = passwordHash.generate(randomPassword().toCharArray());
    }

    /** Creates an account as {@code admin} (audited {@code USER_CREATED}). */
    public User create(Actor admin, UserInput input) {
        User user = create(input);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("displayName", user.getDisplayName());
        details.put("roles", sorted(user.getRoles()));
        audit.user(admin, Action.USER_CREATED, user.getUsername(), details);
        return user;
    }

    /** Creates an account without an audit entry (tools and tests that have no admin behind them). */
    public User create(UserInput input) {
        if (input == null) {
            throw ValidationException.of("body", "Send {\"username\", \"password\", \"roles\"}.");
        }
        List<FieldError> errors = new ArrayList<>();
        String username = input.username() == null ? "" : input.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "use 2–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }
        passwordProblem(input.password()).ifPresent(errors::add);
        if (input.roles() == null || input.roles().isEmpty()) {
            errors.add(new FieldError("roles", "give at least one of JOURNALIST, EDITOR, ADMIN."));
        }
        String displayName = input.displayName() == null || input.displayName().isBlank() ? username
                : input.displayName().strip();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            errors.add(new FieldError("displayName", "the limit is 200 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("The username \"" + username + "\" is taken; choose another.");
        }
        User user = new User(username, displayName, passwordHash.generate(input.password().toCharArray()),
                EnumSet.copyOf(input.roles()), now());
        users.add(user);
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> list() {
        return users.findAll();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new ResourceNotFoundException("No user named \"" + username + "\"."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> findActive(String username) {
        return users.findByUsername(username).filter(User::isActive);
    }

    public User changeRoles(Actor admin, String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ValidationException.of("roles", "give at least one of JOURNALIST, EDITOR, ADMIN.");
        }
        User user = get(username);
        if (user.getId().equals(admin.id()) && !roles.contains(Role.ADMIN)) {
            throw new ConflictException("You cannot remove your own ADMIN role; ask another admin to do it.");
        }
        if (!user.getRoles().equals(roles)) {
            // a browser signed in with the old roles must not keep them
            sessions.removeAllOf(user.getId());
            audit.user(admin, Action.USER_ROLES_CHANGED, username, AuditService.change(sorted(user.getRoles()),
                    sorted(roles)));
        }
        user.changeRoles(roles, now());
        return user;
    }

    public User deactivate(Actor admin, String username) {
        User user = get(username);
        if (user.getId().equals(admin.id())) {
            throw new ConflictException("You cannot deactivate your own account; ask another admin to do it.");
        }
        if (user.isActive()) {
            audit.user(admin, Action.USER_DEACTIVATED, username, Map.of());
        }
        user.deactivate(now());
        sessions.removeAllOf(user.getId());
        return user;
    }

    public User activate(Actor admin, String username) {
        User user = get(username);
        if (!user.isActive()) {
            audit.user(admin, Action.USER_ACTIVATED, username, Map.of());
        }
        user.activate(now());
        return user;
    }

    /** An admin sets a user's password (audited without it); every session of the user ends. */
    public User changePassword(Actor admin, String username, String newPassword) {
        passwordProblem(newPassword).ifPresent(e -> {
            throw new ValidationException(List.of(e));
        });
        User user = get(username);
        user.changePasswordHash(passwordHash.generate(newPassword.toCharArray()), now());
        sessions.removeAllOf(user.getId());
        audit.user(admin, Action.USER_PASSWORD_RESET, username, Map.of("generated", false));
        return user;
    }

    /**
     * An admin resets a user's password to a generated one (shown once to the admin, never stored in clear);
     * every session of the user ends.
     *
     * @return the one-time password
     */
    public String resetPassword(Actor admin, String username) {
        String password = randomPassword();
        User user = get(username);
        user.changePasswordHash(passwordHash.generate(password.toCharArray()), now());
        sessions.removeAllOf(user.getId());
        audit.user(admin, Action.USER_PASSWORD_RESET, username, Map.of("generated", true));
        return password;
    }

    static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /**
     * An admin lifts the account's sign-in lock and forgets its failures (audited {@code USER_LOGIN_UNLOCKED}
     * here, and in the sign-in audit by {@link LoginThrottle}).
     *
     * @return whether it was locked
     */
    public boolean unlockLogin(Actor admin, String username) {
        boolean wasLocked = loginThrottle.unlock(admin, username);
        audit.user(admin, Action.USER_LOGIN_UNLOCKED, username, Map.of("wasLocked", wasLocked));
        return wasLocked;
    }

    /** The stored form of a password: PBKDF2 with the parameters every account's hash has. */
    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    /** Constant-work check of a password against a stored hash. */
    public boolean verify(User user, String password) {
        return password != null && passwordHash.verify(password.toCharArray(), user.getPasswordHash());
    }

    /**
     * The same work as {@link #verify} for a sign-in with no active account behind it (an unknown name, a
     * deactivated account, no password): checked against a dummy hash, so a wrong password takes as long for
     * a name that does not exist as for one that does, and timing does not tell which names exist.
     *
     * @return always false
     */
    public boolean verifyNobody(String password) {
        passwordHash.verify((password == null ? "" : password).toCharArray(), dummyHash);
        return false;
    }

    /**
     * Creates the {@value #BOOTSTRAP_ADMIN} account when no user exists yet.
     *
     * @param configuredPassword from {@code CMS_ADMIN_PASSWORD}; when absent a password is generated
     * @return the account made, with the generated password to be shown once (none when it was given); empty
     *         if an account existed already
     */
    public Optional<BootstrapAdmin> bootstrapAdmin(String configuredPassword) {
        if (users.findByUsername(BOOTSTRAP_ADMIN).isPresent()) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomPassword() : configuredPassword;
        if (!generate) {
            passwordProblem(password).ifPresent(e -> {
                throw new IllegalStateException("CMS_ADMIN_PASSWORD " + e.message());
            });
        }
        users.add(new User(BOOTSTRAP_ADMIN, "Administrator", passwordHash.generate(password.toCharArray()),
                EnumSet.of(Role.ADMIN), now()));
        return Optional.of(new BootstrapAdmin(BOOTSTRAP_ADMIN, generate ? Optional.of(password) : Optional.empty()));
    }

    /**
     * The account {@link #bootstrapAdmin} made.
     *
     * @param generatedPassword present when no password was configured and one was generated
     */
    public record BootstrapAdmin(String username, Optional<String> generatedPassword) {
    }

    static Optional<FieldError> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of(new FieldError("password",
                    "must be at least " + MIN_PASSWORD + " characters long."));
        }
        if (password.length() > MAX_PASSWORD) {
            return Optional.of(new FieldError("password",
                    "the limit is " + MAX_PASSWORD + " characters."));
        }
        return Optional.empty();
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
