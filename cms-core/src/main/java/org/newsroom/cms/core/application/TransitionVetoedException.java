package org.newsroom.cms.core.application;

import java.util.List;
import java.util.stream.Collectors;

/** Plugins refused a transition; every reason is listed so the writer can fix them all at once (HTTP 422). */
public class TransitionVetoedException extends CmsException {

    /** One plugin's reason. */
    public record Veto(String plugin, String reason) {
    }

    private final List<Veto> vetoes;

    public TransitionVetoedException(String target, List<Veto> vetoes) {
        super("Cannot move the article to " + target + " yet: "
                + vetoes.stream().map(Veto::reason).collect(Collectors.joining("; ")) + ".");
        this.vetoes = List.copyOf(vetoes);
    }

    public List<Veto> vetoes() {
        return vetoes;
    }
}
