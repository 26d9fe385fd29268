package org.newsroom.cms.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CMS in memory: an empty file fails, a file whose text was seen before is a DUPLICATE, anything else is
 * CREATED. Can play a server that goes away after some files.
 */
final class FakeClient implements ImportClient {

    final List<String> sent = new ArrayList<>();
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

    @Override
    public Outcome importFile(String relativePath, byte[] content) throws CommandException {
        if (sent.size() >= failAfter) {
            throw CommandException.fatal("Cannot connect to http://fake/: is the CMS running at http://fake/?");
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
