package org.newsroom.cms.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CMS in memory at {@code http://fake/}: an empty file fails, a file whose text was seen before is a
 * DUPLICATE, anything else is CREATED. Can play a server that goes away after some files, one that is not
 * there at all, a refused password, and another server or user.
 */
final class FakeClient implements ImportClient {

    final List<String> sent = new ArrayList<>();
    /** How often the login was checked. */
    int signIns;
    private URI server = URI.create("http://fake/");
    private String user = "budi";
    private boolean wrongPassword;
    private final Map<String, String> articlesByText = new HashMap<>();
    private int failAfter = Integer.MAX_VALUE;
    private int next = 1;

    /** The server goes down after {@code files} more files. */
    FakeClient goDownAfter(int files) {
        failAfter = sent.size() + files;
        return this;
    }

    FakeClient up() {
        failAfter = Integer.MAX_VALUE;
        return this;
    }

    /** The server is not running (any more). */
    FakeClient down() {
        failAfter = sent.size();
        return this;
    }

    /** Every login is refused. */
    FakeClient wrongPassword(boolean wrong) {
        wrongPassword = wrong;
        return this;
    }

    /** Another server or user from now on. */
    FakeClient as(String server, String user) {
        this.server = URI.create(server);
        this.user = user;
        return this;
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public String signIn() throws CommandException {
        signIns++;
        if (sent.size() >= failAfter) {
            throw CommandException.fatal("Cannot connect to " + server + ": is the CMS running at " + server + "?");
        }
        if (wrongPassword) {
            throw CommandException.fatal("The CMS at " + server + " refused the login: wrong user or password for "
                    + user + ".");
        }
        return user;
    }

    @Override
    public Outcome importFile(String relativePath, byte[] content) throws CommandException {
        if (sent.size() >= failAfter) {
            throw CommandException.fatal("Cannot connect to " + server + ": is the CMS running at " + server + "?");
        }
        sent.add(relativePath);
        if (content.length == 0) {
            return Outcome.failed("The file is empty.");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("\0")) {
            return Outcome.failed("The file is not text (it contains binary data); import plain-text wire copy.");
        }
        String existing = articlesByText.get(text.strip());
        if (existing != null) {
            return new Outcome(Status.DUPLICATE, existing, text.lines().findFirst().orElse(""), null);
        }
        String id = "00000000-0000-0000-0000-" + String.format("%012d", next++);
        articlesByText.put(text.strip(), id);
        return new Outcome(Status.CREATED, id, text.lines().findFirst().orElse(""), null);
    }
}
