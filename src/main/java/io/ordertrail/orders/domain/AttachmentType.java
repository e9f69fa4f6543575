package io.ordertrail.orders.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file kept with an order is, judged by its content, never by its name: PDF, PNG, JPEG, GIF, WebP, the Office
 * formats (Word, Excel, PowerPoint, both the zipped and the older binary kind, which is also Outlook's .msg) and a
 * saved email (.eml). Anything else, an executable named .pdf included, is none of these.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** Word 97-2003, Excel 97-2003, PowerPoint 97-2003 and Outlook .msg: one container format (OLE2). */
    OFFICE_BINARY("application/x-ole-storage", "doc, xls, ppt, msg"),
    EMAIL("message/rfc822", "eml");

    /** What the person is told is accepted. */
    public static final String ACCEPTED = "PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, .msg and .eml";

    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:[ \\t].*");
    private static final int ZIP_ENTRIES_TO_LOOK_AT = 200;

    private final String mediaType;
    private final String extensions;

    AttachmentType(String mediaType, String extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extensions() {
        return extensions;
    }

    /** The type the content is, if it is one Ordertrail keeps. */
    public static Optional<AttachmentType> of(byte[] content) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (content.length >= 12
                && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        })) {
            return Optional.of(OFFICE_BINARY);
        }
        if (startsWith(content, new byte[] {'P', 'K', 0x03, 0x04})) {
            return officeDocument(content);
        }
        return isEmail(content) ? Optional.of(EMAIL) : Optional.empty();
    }

    /** A zip is kept only as an Office document: its [Content_Types].xml and its main part say which. */
    private static Optional<AttachmentType> officeDocument(byte[] content) {
        boolean contentTypes = false;
        AttachmentType kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int looked = 0;
            while ((entry = zip.getNextEntry()) != null && looked++ < ZIP_ENTRIES_TO_LOOK_AT) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    kind = WORD;
                } else if (name.startsWith("xl/")) {
                    kind = EXCEL;
                } else if (name.startsWith("ppt/")) {
                    kind = POWERPOINT;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    /**
     * A saved email: text (no NUL byte, valid UTF-8 or ASCII) that opens with header lines, among them From and at
     * least one of Date, Subject, Received, Message-ID or MIME-Version.
     */
    private static boolean isEmail(byte[] content) {
        int headerEnd = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < headerEnd; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        String start = new String(content, 0, headerEnd, StandardCharsets.UTF_8);
        boolean from = false;
        boolean another = false;
        int lines = 0;
        for (String line : start.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break; // the end of the headers
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue; // a folded header goes on
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            lines++;
            String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            from |= name.equals("from");
            another |= name.equals("date")
                    || name.equals("subject")
                    || name.equals("received")
                    || name.equals("message-id")
                    || name.equals("mime-version");
        }
        return lines >= 2 && from && another;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
