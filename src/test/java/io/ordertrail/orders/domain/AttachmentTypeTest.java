package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What a file is, by its bytes: the name never counts, and an executable is never kept. */
class AttachmentTypeTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(ascii("<x/>"));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void documentsAndImagesAreKnownByTheirFirstBytes() {
        assertThat(AttachmentType.of(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                .contains(AttachmentType.PNG);
        assertThat(AttachmentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .contains(AttachmentType.JPEG);
        assertThat(AttachmentType.of(ascii("GIF89a....."))).contains(AttachmentType.GIF);
        assertThat(AttachmentType.of(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                }))
                .contains(AttachmentType.OFFICE_BINARY);
    }

    @Test
    void aZipIsKeptOnlyAsAnOfficeDocument() throws IOException {
        assertThat(AttachmentType.of(zip("[Content_Types].xml", "word/document.xml")))
                .contains(AttachmentType.WORD);
        assertThat(AttachmentType.of(zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(AttachmentType.EXCEL);
        assertThat(AttachmentType.of(zip("setup.exe", "readme.txt"))).isEmpty();
        assertThat(AttachmentType.of(zip("word/document.xml")))
                .as("no [Content_Types].xml: not an Office document")
                .isEmpty();
    }

    @Test
    void aSavedEmailIsTextThatOpensWithItsHeaders() {
        assertThat(AttachmentType.of(ascii("Received: from mx.example.com\r\n\tby mail.example.com\r\n"
                        + "From: Eva <eva@example.com>\r\nSubject: Order\r\nMIME-Version: 1.0\r\n\r\nPlease send")))
                .contains(AttachmentType.EMAIL);
        assertThat(AttachmentType.of(ascii("Dear supplier,\nplease send 6 rollers.\n")))
                .isEmpty();
        assertThat(AttachmentType.of(ascii("From: someone\n\nbody")))
                .as("one header is no email")
                .isEmpty();
    }

    @Test
    void programsAreNeverKeptWhateverTheyAreCalled() {
        assertThat(AttachmentType.of(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}))
                .isEmpty();
        assertThat(AttachmentType.of(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}))
                .isEmpty();
        assertThat(AttachmentType.of(ascii("#!/bin/sh\nrm -rf /\n"))).isEmpty();
        assertThat(AttachmentType.of(new byte[0])).isEmpty();
    }
}
