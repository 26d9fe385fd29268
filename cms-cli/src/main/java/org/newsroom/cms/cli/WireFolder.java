package org.newsroom.cms.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The {@code .txt} files below a folder, recursively, sorted by relative path, without hidden files or
 * anything inside hidden folders ({@code .git}, the state file, editors' backups).
 */
public final class WireFolder {

    private WireFolder() {
    }

    /** A file to import: its path relative to the folder ({@code /}-separated) and where it is. */
    public record WireFile(String relativePath, Path path) {
    }

    /**
     * Lists the files to import.
     *
     * @param folder  the folder
     * @param exclude a file never to list (the state file); may be null
     * @param warnings receives a line for every folder or file that could not be read
     * @return the files, sorted by relative path
     * @throws CommandException when {@code folder} is not a readable folder
     */
    public static List<WireFile> scan(Path folder, Path exclude, List<String> warnings) throws CommandException {
        if (!Files.isDirectory(folder)) {
            throw CommandException.usage(folder + " is not a folder.");
        }
        Path root = folder.toAbsolutePath().normalize();
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<WireFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && !file.equals(skip) && isText(file) && !attrs.isDirectory()
                            && (attrs.isRegularFile() || Files.isRegularFile(file))) {
                        files.add(new WireFile(relative(root, file), file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) {
                        warnings.add("cannot read " + relative(root, file) + ": " + e.getMessage());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw CommandException.fatal("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
        Collections.sort(files, (a, b) -> a.relativePath().compareTo(b.relativePath()));
        return files;
    }

    /** The path below {@code root} with {@code /} separators, whatever the platform. */
    static String relative(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder out = new StringBuilder();
        for (Path part : rel) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    static boolean hidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }
}
