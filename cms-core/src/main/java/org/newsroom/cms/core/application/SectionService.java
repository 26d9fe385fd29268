package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.infrastructure.changes.PublicContentChanges;

import org.newsroom.cms.core.domain.article.Slugs;
import org.newsroom.cms.core.domain.section.Section;
import org.newsroom.cms.core.domain.section.SectionRepository;
import org.newsroom.cms.core.domain.user.Role;

/**
 * The newsroom's managed sections: everyone signed in reads the list (writers pick from it), editors and
 * admins create and rename sections. A section's slug never changes once made, since articles hold it; there
 * is no deleting, for the same reason.
 */
@ApplicationScoped
@Transactional
public class SectionService {

    @Inject
    SectionRepository sections;
    @Inject
    Clock clock;
    @Inject
    PublicContentChanges publicContent;

    /** Every section, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Section> list() {
        return sections.list();
    }

    /**
     * Creates a section. The slug is optional: made from the name the way article slugs are ("Dunia
     * Internasional" → "dunia-internasional").
     */
    public Section create(Actor actor, String name, String slug) {
        requireDesk(actor, "create");
        String cleanName = name(name);
        String cleanSlug;
        if (slug == null || slug.isBlank()) {
            cleanSlug = slugFor(cleanName);
        } else {
            cleanSlug = slug.strip();
            if (!Slugs.isValid(cleanSlug) || cleanSlug.length() > Section.MAX_LENGTH) {
                throw ValidationException.of("slug", "use lower-case letters, digits and single hyphens (at most "
                        + Section.MAX_LENGTH + " characters), e.g. \"dunia\"; or leave it out to make one from the "
                        + "name.");
            }
        }
        Optional<Section> taken = sections.find(cleanSlug);
        if (taken.isPresent()) {
            throw new ConflictException("The slug \"" + cleanSlug + "\" is already the section \""
                    + taken.get().getName() + "\"; choose another slug (send \"slug\") or use that section.");
        }
        requireFreeName(cleanName, null);
        Section section = new Section(cleanSlug, cleanName, clock.instant());
        sections.add(section);
        flush(cleanSlug, cleanName);
        publicContent.everythingChanged(); // every public page lists the sections
        return section;
    }

    /** Renames a section; its slug, and so every article in it, stays as it is. */
    public Section update(Actor actor, String slug, String name) {
        requireDesk(actor, "rename");
        Section section = get(slug);
        String cleanName = name(name);
        requireFreeName(cleanName, section.getSlug());
        section.rename(cleanName, clock.instant());
        flush(section.getSlug(), cleanName);
        publicContent.everythingChanged(); // every public page lists the sections, articles name theirs
        return section;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Section get(String slug) {
        return sections.find(slug == null ? "" : slug.strip()).orElseThrow(() -> new ResourceNotFoundException(
                "No section with slug \"" + slug + "\"; GET /api/admin/sections lists them."));
    }

    /**
     * What is wrong with an article's section value, or null when it is a known section's slug: the message
     * names the sections there are (or the one whose name was given instead of its slug) and how to add one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String problemWith(String value) {
        if (sections.exists(value)) {
            return null;
        }
        // what to do comes first and the value last: problem messages are cut at 500 characters, and any run
        // of over 100 after a quote mark
        String hint = sections.findByName(value).map(s -> " The section named " + s.getName() + " has the slug "
                + s.getSlug() + ": send that.").orElse("");
        List<String> known = sections.list().stream().map(Section::getSlug).toList();
        return "Not a section slug: use one from GET /api/admin/sections, or leave section out; editors and admins "
                + "add sections with POST /api/admin/sections." + hint + " "
                + (known.isEmpty() ? "There are no sections yet." : "Sections: " + String.join(", ",
                        known.size() > 10 ? known.subList(0, 10) : known) + (known.size() > 10 ? ", …" : "") + ".")
                + " You sent \"" + (value.length() > 100 ? value.substring(0, 100) + "…" : value) + "\".";
    }

    /** The name of the section with this slug; the slug itself if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(String slug) {
        return sections.find(slug).map(Section::getName).orElse(slug);
    }

    /**
     * The section an outside source means by {@code value}, for imports: its slug, {@code section:<slug>} (as
     * ninjs export writes), its name ignoring case, or a name that makes its slug ("Dunia!" → dunia).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Section> recognise(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.startsWith("section:")) {
            v = v.substring("section:".length()).strip();
        }
        if (v.length() > Section.MAX_LENGTH * 4) {
            return Optional.empty();
        }
        Optional<Section> found = sections.find(v);
        if (found.isEmpty()) {
            found = sections.findByName(v);
        }
        if (found.isEmpty()) {
            found = sections.find(Slugs.fromHeadline(v));
        }
        return found;
    }

    /** The slug a section of this name gets. */
    static String slugFor(String name) {
        String slug = Slugs.fromHeadline(name);
        if (slug.length() > Section.MAX_LENGTH) {
            slug = slug.substring(0, Section.MAX_LENGTH).replaceAll("-+$", "");
        }
        // fromHeadline falls back to "article" when nothing of the name is a Latin letter or digit
        if (slug.equals("article") && !name.toLowerCase(java.util.Locale.ROOT).contains("article")) {
            throw ValidationException.of("slug", "cannot be made from the name \"" + name + "\" (no Latin letters "
                    + "or digits in it): send one, e.g. \"dunia\".");
        }
        return slug;
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw ValidationException.of("name", "is required, e.g. {\"name\": \"Dunia\"}.");
        }
        if (clean.length() > Section.MAX_LENGTH) {
            throw ValidationException.of("name", "is " + clean.length() + " characters long; the limit is "
                    + Section.MAX_LENGTH + ".");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("name", "contains control characters; remove them.");
        }
        return clean;
    }

    private void requireFreeName(String name, String exceptSlug) {
        sections.findByName(name).filter(s -> !s.getSlug().equals(exceptSlug)).ifPresent(s -> {
            throw new ConflictException("The section \"" + s.getName() + "\" (slug \"" + s.getSlug()
                    + "\") already has this name; choose another name.");
        });
    }

    /** Two desks creating the same section at once: the second gets what a sequential second would get. */
    private void flush(String slug, String name) {
        try {
            sections.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("A section with the slug \"" + slug + "\" or the name \"" + name
                    + "\" was just created by someone else; reload the list.");
        }
    }

    private static void requireDesk(Actor actor, String what) {
        if (!actor.has(Role.EDITOR) && !actor.has(Role.ADMIN)) {
            throw new PermissionDeniedException("Only editors and admins " + what + " sections.");
        }
    }
}
