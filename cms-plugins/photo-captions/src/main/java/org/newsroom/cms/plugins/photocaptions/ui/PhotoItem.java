package org.newsroom.cms.plugins.photocaptions.ui;

import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * One photo (or caption slot) of the list as the panel shows it.
 *
 * @param photo the photo, {@code position} its place (1 is the lead)
 * @param count how many photos the list has (for the move buttons)
 * @param form  its text form (stored values, or the values just posted with their errors)
 * @param open  whether its form is unfolded (after an edit, or while a publish check fails for it)
 */
public record PhotoItem(Photo photo, int count, PhotoForm form, boolean open) {

    public boolean first() {
        return photo.position() == 1;
    }

    public boolean last() {
        return photo.position() == count;
    }
}
