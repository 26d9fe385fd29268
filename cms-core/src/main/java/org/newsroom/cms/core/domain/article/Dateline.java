package org.newsroom.cms.core.domain.article;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where and from whom a story was filed, e.g. "Jakarta, HanTer". Both parts are optional. */
@Embeddable
public class Dateline {

    @Column(name = "dateline_place")
    private String place;

    @Column(name = "dateline_source")
    private String source;

    protected Dateline() {
        // for JPA
    }

    public Dateline(String place, String source) {
        this.place = place;
        this.source = source;
    }

    public String getPlace() { return place; }
    public String getSource() { return source; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dateline d && Objects.equals(place, d.place) && Objects.equals(source, d.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, source);
    }
}
