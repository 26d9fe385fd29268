package org.newsroom.cms.cli;

import java.net.URI;

/**
 * The HTTP part of the import, behind an interface so the batch logic is tested with a fake: checks the CMS
 * and the login, sends one file and answers the server's verdict on it.
 */
public interface ImportClient {

    /** What the server made of one file, as in the {@code results} of {@code POST /api/import/wire}. */
    enum Status { CREATED, DUPLICATE, FAILED }

    /**
     * The outcome of one file.
     *
     * @param status   CREATED, DUPLICATE or FAILED
     * @param articleId the article made (or found, for a duplicate); null when FAILED
     * @param headline the article's headline; may be null
     * @param error    why the file failed; null otherwise
     */
    record Outcome(Status status, String articleId, String headline, String error) {

        /** A failed file and its reason. */
        public static Outcome failed(String error) {
            return new Outcome(Status.FAILED, null, null, error);
        }

        /** Whether the file is in the CMS (created now or before). */
        public boolean imported() {
            return status == Status.CREATED || status == Status.DUPLICATE;
        }
    }

    /** The CMS the files go to (its base URL, ending in {@code /}). */
    URI server();

    /**
     * Checks that the CMS answers at {@link #server()} and accepts the login ({@code GET api/me}); the batch
     * calls it before it reads the state file or reports anything.
     *
     * @return the signed-in user's name as the CMS spells it
     * @throws CommandException the CMS cannot be reached, is not the CMS, or refuses the login
     */
    String signIn() throws CommandException;

    /**
     * Imports one file.
     *
     * @param relativePath the file's path below the imported folder, with {@code /} separators; names the file
     *                     in the server's report
     * @param content      the file's bytes, sent unchanged (the server detects the encoding)
     * @return the outcome; a bad file is a FAILED outcome, never an exception
     * @throws CommandException when going on makes no sense: the CMS cannot be reached, the login is refused
     */
    Outcome importFile(String relativePath, byte[] content) throws CommandException;
}
