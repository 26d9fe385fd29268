package org.newsroom.cms.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireFolderTest {

    @TempDir
    Path folder;

    @Test
    void listsTextFilesRecursivelySortedWithoutHiddenOnes() throws Exception {
        write("b.txt");
        write("a/z.txt");
        write("a/b/c.TXT");
        write("a.txt");
        write("notes.md");
        write("photo.jpg");
        write(".hidden.txt");
        write(".git/HEAD.txt");
        write("a/.drafts/secret.txt");
        write(Options.DEFAULT_STATE);
        write("my-state.txt");
        List<String> warnings = new ArrayList<>();

        List<WireFolder.WireFile> files = WireFolder.scan(folder, folder.resolve("my-state.txt"), warnings);

        assertThat(files).extracting(WireFolder.WireFile::relativePath)
                .containsExactly("a.txt", "a/b/c.TXT", "a/z.txt", "b.txt");
        assertThat(files.get(1).path()).isEqualTo(folder.toAbsolutePath().normalize().resolve("a/b/c.TXT"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEmptyFolderHasNoFilesAndAFileIsNoFolder() throws Exception {
        assertThat(WireFolder.scan(folder, null, new ArrayList<>())).isEmpty();
        Path file = write("story.txt");
        assertThatThrownBy(() -> WireFolder.scan(file, null, new ArrayList<>()))
                .isInstanceOf(CommandException.class).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> WireFolder.scan(folder.resolve("missing"), null, new ArrayList<>()))
                .isInstanceOf(CommandException.class).hasMessageContaining("is not a folder");
    }

    private Path write(String relative) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Judul\n\nIsi berita " + relative);
    }
}
