package org.newsroom.cms.plugins.photocaptions.wire;

/**
 * A photo caption found in wire copy: caption and/or credit (either may be null, not both). What the
 * plugin's wire parser finds is a list of these, the first for the lead photo; each becomes a photo slot
 * waiting for its image.
 */
public record CaptionSlot(String caption, String credit) {
}
