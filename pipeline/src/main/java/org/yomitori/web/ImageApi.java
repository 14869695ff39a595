package org.yomitori.web;

import io.javalin.http.Context;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.yomitori.config.DataLayout;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * {@code GET /api/documents/{id}/pages/{n}.png} and {@code /api/documents/{id}/fields/{name}/crop.png}:
 * the images cut at reading time, sent as stored. Only images recorded in the database are served
 * (never a path from the request). For a caller who may not see My Numbers, pages are blanked over
 * those fields (the blanked copy is kept beside the page) and their crops are not served. Answers
 * are cacheable by the browser (private) and revalidated by ETag, so a verifier moving between
 * fields gets the crops at once.
 */
final class ImageApi {
    static final String CACHE = "private, max-age=300";

    private final Database db;
    private final DataLayout layout;
    private final TemplateRegistry templates;
    private final int marginPx;
    private final MyNumberPolicy myNumbers;
    private final DocumentRepository documents = new DocumentRepository();

    ImageApi(Database db, DataLayout layout, TemplateRegistry templates, int marginPx, MyNumberPolicy myNumbers) {
        this.db = db;
        this.layout = layout;
        this.templates = templates;
        this.marginPx = marginPx;
        this.myNumbers = myNumbers;
    }

    void register(ApiRoutes api) {
        api.get("/api/documents/{id}/pages/{file}", Access.CLERK, this::page)
                .get("/api/documents/{id}/fields/{name}/{file}", Access.CLERK, this::crop);
    }

    private void page(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int pageNo = pageNumber(ctx.pathParam("file"));
        StoredDocument d = db.read(c -> documents.find(c, id)).orElseThrow(() -> ApiError.notFound("document"));
        PageImage page = db.read(c -> documents.pages(c, id)).stream().filter(p -> p.pageNo() == pageNo).findFirst()
                .orElseThrow(() -> ApiError.notFound("page " + pageNo));
        Path file = file(page.path());
        boolean hasMyNumber = db.read(c -> documents.fields(c, id)).stream().anyMatch(f -> MyNumber.is(f.type()));
        if (!hasMyNumber || myNumbers.allowed(Guard.session(ctx).role())) {
            send(ctx, file);
            return;
        }
        Template template = Optional.ofNullable(d.template()).flatMap(templates::byId)
                .orElseThrow(() -> ApiError.notFound("page withheld: its template is not installed to mask the My Number"));
        send(ctx, blanked(file, template, pageNo));
    }

    private void crop(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String name = ctx.pathParam("name");
        if (!"crop.png".equals(ctx.pathParam("file"))) {
            throw ApiError.notFound("image");
        }
        StoredField field = db.read(c -> documents.field(c, id, name)).orElseThrow(() -> ApiError.notFound("field"));
        boolean withheld = MyNumber.is(field.type()) && !myNumbers.allowed(Guard.session(ctx).role());
        if (withheld || field.cropPath() == null) {
            throw ApiError.notFound("crop of field " + name);
        }
        send(ctx, file(field.cropPath()));
    }

    /** The page with its My Number fields painted over, made once per version of the page. */
    private Path blanked(Path page, Template template, int pageNo) throws IOException {
        Path copy = page.resolveSibling(page.getFileName().toString().replace(".png", ".masked.png"));
        FileTime source = Files.getLastModifiedTime(page);
        if (!Files.isRegularFile(copy) || Files.getLastModifiedTime(copy).compareTo(source) < 0) {
            BufferedImage image = ImageIO.read(page.toFile());
            MyNumber.blank(image, template, pageNo, marginPx);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            AtomicFiles.write(copy, png.toByteArray());
        }
        return copy;
    }

    private Path file(String stored) {
        Path p = layout.resolve(stored);
        if (!p.startsWith(layout.root()) || !Files.isRegularFile(p)) {
            throw ApiError.notFound("image file");
        }
        return p;
    }

    private static int pageNumber(String file) {
        if (!file.matches("\\d{1,4}\\.png")) {
            throw ApiError.notFound("page");
        }
        return Integer.parseInt(file.substring(0, file.length() - 4));
    }

    private static void send(Context ctx, Path file) throws IOException {
        String etag = "\"" + Long.toHexString(Files.size(file)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "-" + file.getFileName().hashCode() + "\"";
        ctx.header("Cache-Control", CACHE);
        ctx.header("Vary", "Cookie");
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("image/png");
        ctx.result(Files.readAllBytes(file));
    }
}
