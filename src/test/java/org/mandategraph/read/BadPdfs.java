package org.mandategraph.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test-side: PDFs the reader must refuse, a scan (pages that are only images) and a password-locked file. */
final class BadPdfs {
    private BadPdfs() {
    }

    static Path scanned(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                for (int y = 20; y < 260; y += 12) {
                    for (int x = 20; x < 180; x++) {
                        img.setRGB(x, y, 0xFFFFFF);
                    }
                }
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** A copy of {@code pdf} that opens only with a user password. */
    static Path encrypted(Path pdf, Path out) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }
}
