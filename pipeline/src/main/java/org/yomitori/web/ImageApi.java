package org.yomitori.web;

import io.javalin.http.Context;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.yomitori.config.DataLayout;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldType;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * {@code GET /api/documents/{id}/pages/{n}.png} and {@code /api/documents/{id}/fields/{name}/crop.png}.
 * Only images recorded in the database are served (never a path from the request), and My Number
 * fields are blanked on pages and never served as crops.
 */
final class ImageApi {
    private final Database db;
    private final DataLayout layout;
    private final TemplateRegistry templates;
    private final int marginPx;
    private final DocumentRepository documents = new DocumentRepository();

    ImageApi(Database db, DataLayout layout, TemplateRegistry templates, int marginPx) {
        this.db = db;
        this.layout = layout;
        this.templates = templates;
        this.marginPx = marginPx;
    }

    void page(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int pageNo = pageNumber(ctx.pathParam("file"));
        StoredDocument d = db.read(c -> documents.find(c, id)).orElseThrow(() -> new NotFound("no document " + id));
        PageImage page = db.read(c -> documents.pages(c, id)).stream().filter(p -> p.pageNo() == pageNo).findFirst()
                .orElseThrow(() -> new NotFound("no page " + pageNo));
        boolean hasMyNumber = db.read(c -> documents.fields(c, id)).stream().anyMatch(f -> MyNumber.is(f.type()));
        if (!hasMyNumber) {
            send(ctx, Files.readAllBytes(file(page.path())));
            return;
        }
        Template template = Optional.ofNullable(d.template()).flatMap(templates::byId)
                .orElseThrow(() -> new NotFound("page withheld: its template is not installed to mask the My Number"));
        BufferedImage image = ImageIO.read(file(page.path()).toFile());
        MyNumber.blank(image, template, pageNo, marginPx);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        send(ctx, png.toByteArray());
    }

    void crop(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String name = ctx.pathParam("name");
        if (!"crop.png".equals(ctx.pathParam("file"))) {
            throw new NotFound("no such image");
        }
        StoredField field = db.read(c -> documents.field(c, id, name)).orElseThrow(() -> new NotFound("no field " + name));
        if (FieldType.MY_NUMBER.id().equals(field.type()) || field.cropPath() == null) {
            throw new NotFound("no crop for field " + name);
        }
        send(ctx, Files.readAllBytes(file(field.cropPath())));
    }

    private Path file(String stored) {
        Path p = layout.resolve(stored);
        if (!Files.isRegularFile(p)) {
            throw new NotFound("image file missing");
        }
        return p;
    }

    private static int pageNumber(String file) {
        if (!file.matches("\\d{1,4}\\.png")) {
            throw new NotFound("no such page");
        }
        return Integer.parseInt(file.substring(0, file.length() - 4));
    }

    private static void send(Context ctx, byte[] png) {
        ctx.contentType("image/png");
        ctx.result(png);
    }
}
