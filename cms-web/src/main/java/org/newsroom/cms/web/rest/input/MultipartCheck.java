package org.newsroom.cms.web.rest.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Multipart bodies ({@code List<EntityPart>}, the photo uploads and wire files of the core and plugins) are
 * checked as they are read: a body that cannot be parsed (no boundary, a part header over the parser's
 * 1,000-character line limit) is a 400 instead of an I/O error; part names and file names must be storable
 * text ({@link UnsafeText}) of at most {@value #MAX_FILE_NAME} characters; and text fields (parts without a
 * file name) must be storable text, and valid UTF-8 when they say they are. The text parts are read here and
 * handed on re-readable; file parts are left to the endpoint (wire copy, for one, may be Windows-1252).
 */
@Provider
public class MultipartCheck implements ReaderInterceptor {

    /** Longest file name accepted (what file systems and the wire-import log hold). */
    public static final int MAX_FILE_NAME = 255;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        Object entity;
        try {
            entity = context.proceed();
        } catch (IOException | RuntimeException e) {
            if (e instanceof WebApplicationException) {
                throw e;
            }
            throw new WebApplicationException(e, Problems.response(400, "malformed-multipart",
                    "Unreadable multipart body", "The multipart/form-data body could not be read: send it with the "
                            + "boundary named in Content-Type, and part headers (such as a file name) under 1,000 "
                            + "characters."));
        }
        if (!(entity instanceof List<?> parts)) {
            return entity;
        }
        List<Object> checked = new ArrayList<>(parts.size());
        for (Object item : parts) {
            checked.add(item instanceof EntityPart part ? checked(part) : item);
        }
        return checked;
    }

    private static EntityPart checked(EntityPart part) throws IOException {
        String name = part.getName();
        refuse("The name of a multipart part", "part", UnsafeText.flaw(name));
        Optional<String> fileName = part.getFileName();
        if (fileName.isPresent()) {
            String file = fileName.get();
            String subject = "The file name of multipart part " + Problems.echo(name);
            refuse(subject, "filename", UnsafeText.flaw(file));
            if (file.length() > MAX_FILE_NAME) {
                throw new WebApplicationException(Problems.response(400, "invalid-file-name", "File name too long",
                        subject + " is " + file.length() + " characters long; the limit is " + MAX_FILE_NAME + ".",
                        Map.of("errors", List.of(new FieldError("filename", "at most " + MAX_FILE_NAME
                                + " characters")))));
            }
            return part;
        }
        MediaType type = part.getMediaType();
        if (type != null && !type.getType().equalsIgnoreCase("text")) {
            return part;
        }
        byte[] bytes;
        try (InputStream in = part.getContent()) {
            bytes = in.readAllBytes();
        }
        refuse("The multipart part " + Problems.echo(name), name, flaw(bytes, type));
        EntityPart.Builder copy = EntityPart.withName(name).content(new ByteArrayInputStream(bytes));
        if (type != null) {
            copy.mediaType(type);
        }
        part.getHeaders().forEach((header, values) -> {
            if (!header.equalsIgnoreCase("Content-Type") && !header.equalsIgnoreCase("Content-Disposition")) {
                copy.header(header, values.toArray(String[]::new));
            }
        });
        return copy.build();
    }

    private static void refuse(String subject, String field, String flaw) {
        if (flaw != null) {
            throw new WebApplicationException(Problems.invalidText(subject, field, flaw).response());
        }
    }

    /** What is wrong with a text part: unstorable text, or bytes that are not the UTF-8 it declares. */
    private static String flaw(byte[] bytes, MediaType type) {
        Charset charset = charset(type);
        boolean declaredUtf8 = type != null && type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                && charset.equals(StandardCharsets.UTF_8);
        if (declaredUtf8) {
            try {
                return UnsafeText.flaw(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)));
            } catch (CharacterCodingException e) {
                return "is not valid UTF-8 (as its charset says it is)";
            }
        }
        return UnsafeText.flaw(new String(bytes, charset));
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
